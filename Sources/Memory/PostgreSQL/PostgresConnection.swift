import CPostgres
import Foundation

/// A value bound to a `$n` parameter of a PostgreSQL statement.
enum PostgresValue {
  case null
  case int(Int64)
  case double(Double)
  case text(String)
  /// Sent in binary: a `bytea` value.
  case bytes([UInt8])
}

/// What libpq or the server reported: its message, and the SQLSTATE code when the server sent one.
struct PostgresError: Error, Sendable {
  var message: String
  var sqlState: String?
}

/// One libpq connection. Not thread-safe: ``PostgresStorage`` holds it under a lock.
///
/// Statements run through `PQexecParams`-style calls with results in binary format, so
/// `bytea` posting lists arrive as raw bytes (not hex text) and integers as 2, 4 or 8 bytes.
/// Each distinct SQL text is prepared once per connection and reused.
final class PostgresConnection {
  private let connection: OpaquePointer
  private var preparedNames: [String: String] = [:]

  /// Connects to `url` (`postgresql://user@host:port/db`, or any libpq connection string),
  /// giving up after 10 s unless the URL sets its own `connect_timeout`.
  init(url: String) throws(PostgresError) {
    // With expand_dbname the URL's own settings override the ones before it.
    let keywords = ["connect_timeout", "dbname"]
    let values = ["10", url]
    let connection = withArrayOfCStrings(keywords) { keywords in
      withArrayOfCStrings(values) { values in PQconnectdbParams(keywords, values, 1) }
    }
    guard let connection else {
      throw PostgresError(message: "libpq could not allocate a connection")
    }
    guard PQstatus(connection) == CONNECTION_OK else {
      let message = String(cString: PQerrorMessage(connection))
      PQfinish(connection)
      throw PostgresError(message: message.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    self.connection = connection
    // The server's NOTICEs ("relation already exists, skipping") are not the user's business.
    PQsetNoticeProcessor(connection, { _, _ in }, nil)
  }

  deinit { PQfinish(connection) }

  /// Runs one or more statements without parameters (BEGIN, COMMIT, DDL).
  func execute(_ sql: String) throws(PostgresError) {
    let result = PQexec(connection, sql)
    defer { PQclear(result) }
    try check(result)
  }

  /// Runs `body` in a transaction opened with `begin` ("BEGIN", or with an isolation level):
  /// committed when `body` returns, rolled back when it throws.
  func transaction<T>(_ begin: String = "BEGIN", _ body: () throws -> T) throws -> T {
    try execute(begin)
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
  }

  /// Runs `sql` with `parameters` bound to `$1`, `$2`, …; the rows come back in binary format.
  /// The statement is prepared the first time, unless `prepared` is false (for statements
  /// PostgreSQL cannot prepare, such as `FETCH`).
  @discardableResult
  func query(_ sql: String, _ parameters: [PostgresValue] = [], prepared: Bool = true) throws(PostgresError)
    -> PostgresResult
  {
    let name = prepared ? try preparedName(sql, parameterCount: parameters.count) : nil
    var buffers: [UnsafeMutablePointer<CChar>?] = []
    var lengths: [Int32] = []
    var formats: [Int32] = []
    defer { for buffer in buffers { free(buffer) } }
    for parameter in parameters {
      let bytes: [UInt8]?
      var format: Int32 = 0
      switch parameter {
      case .null: bytes = nil
      case .int(let value): bytes = Array(String(value).utf8)
      case .double(let value): bytes = Array("\(value)".utf8)
      case .text(let value): bytes = Array(value.utf8)
      case .bytes(let value):
        bytes = value
        format = 1
      }
      if let bytes {
        let buffer = malloc(bytes.count + 1)!.assumingMemoryBound(to: CChar.self)
        bytes.withUnsafeBytes { raw in
          if let base = raw.baseAddress { memcpy(buffer, base, bytes.count) }
        }
        buffer[bytes.count] = 0
        buffers.append(buffer)
        lengths.append(Int32(bytes.count))
      } else {
        buffers.append(nil)
        lengths.append(0)
      }
      formats.append(format)
    }
    let result = buffers.withUnsafeBufferPointer { values in
      values.withMemoryRebound(to: UnsafePointer<CChar>?.self) { values in
        if let name {
          PQexecPrepared(connection, name, Int32(parameters.count), values.baseAddress, lengths, formats, 1)
        } else {
          PQexecParams(connection, sql, Int32(parameters.count), nil, values.baseAddress, lengths, formats, 1)
        }
      }
    }
    do {
      try check(result)
    } catch {
      PQclear(result)
      throw error
    }
    return PostgresResult(result!)
  }

  /// Runs `COPY … FROM STDIN` with `data` in COPY's text format.
  func copy(_ sql: String, data: [UInt8]) throws(PostgresError) {
    let start = PQexec(connection, sql)
    let status = PQresultStatus(start)
    PQclear(start)
    guard status == PGRES_COPY_IN else { throw lastError() }
    var offset = 0
    while offset < data.count {
      let length = min(data.count - offset, 1 << 20)
      let sent = data.withUnsafeBytes { raw in
        PQputCopyData(connection, raw.baseAddress!.advanced(by: offset).assumingMemoryBound(to: CChar.self), Int32(length))
      }
      guard sent == 1 else { throw lastError() }
      offset += length
    }
    guard PQputCopyEnd(connection, nil) == 1 else { throw lastError() }
    var failure: PostgresError?
    while let result = PQgetResult(connection) {
      do { try check(result) } catch { failure = failure ?? error }
      PQclear(result)
    }
    if let failure { throw failure }
  }

  private func preparedName(_ sql: String, parameterCount: Int) throws(PostgresError) -> String {
    if let name = preparedNames[sql] { return name }
    let name = "tandem_\(preparedNames.count)"
    let result = PQprepare(connection, name, sql, Int32(parameterCount), nil)
    defer { PQclear(result) }
    try check(result)
    preparedNames[sql] = name
    return name
  }

  private func check(_ result: OpaquePointer?) throws(PostgresError) {
    guard let result else { throw lastError() }
    switch PQresultStatus(result) {
    case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY, PGRES_COPY_IN: return
    default:
      let message = String(cString: PQresultErrorMessage(result)).trimmingCharacters(in: .whitespacesAndNewlines)
      let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
      throw PostgresError(message: message.isEmpty ? lastError().message : message, sqlState: state)
    }
  }

  private func lastError() -> PostgresError {
    PostgresError(message: String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines))
  }
}

/// Calls `body` with a NULL-terminated C array of `strings`.
private func withArrayOfCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
  let copies = strings.map { strdup($0) }
  defer { for copy in copies { free(copy) } }
  let pointers = copies.map { UnsafePointer($0) } + [nil]
  return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}

/// The rows of one statement, in binary format. Integers are read by their width, so a
/// `smallint`, `integer` or `bigint` column reads the same.
final class PostgresResult {
  private let result: OpaquePointer

  init(_ result: OpaquePointer) { self.result = result }
  deinit { PQclear(result) }

  var rowCount: Int { Int(PQntuples(result)) }

  func isNull(_ row: Int, _ column: Int) -> Bool { PQgetisnull(result, Int32(row), Int32(column)) == 1 }

  func withBytes<R>(_ row: Int, _ column: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    let length = Int(PQgetlength(result, Int32(row), Int32(column)))
    let value = PQgetvalue(result, Int32(row), Int32(column))
    return try body(UnsafeRawBufferPointer(start: value, count: length))
  }

  func int(_ row: Int, _ column: Int) -> Int64? {
    guard !isNull(row, column) else { return nil }
    return withBytes(row, column) { bytes in
      var value: UInt64 = 0
      for byte in bytes { value = value << 8 | UInt64(byte) }
      switch bytes.count {
      case 2: return Int64(Int16(truncatingIfNeeded: value))
      case 4: return Int64(Int32(truncatingIfNeeded: value))
      default: return Int64(bitPattern: value)
      }
    }
  }

  func double(_ row: Int, _ column: Int) -> Double? {
    guard !isNull(row, column) else { return nil }
    return withBytes(row, column) { bytes in
      var value: UInt64 = 0
      for byte in bytes { value = value << 8 | UInt64(byte) }
      return bytes.count == 4 ? Double(Float(bitPattern: UInt32(truncatingIfNeeded: value))) : Double(bitPattern: value)
    }
  }

  func string(_ row: Int, _ column: Int) -> String? {
    guard !isNull(row, column) else { return nil }
    return withBytes(row, column) { String(decoding: $0, as: UTF8.self) }
  }

  func bytes(_ row: Int, _ column: Int) -> [UInt8]? {
    guard !isNull(row, column) else { return nil }
    return withBytes(row, column) { [UInt8]($0) }
  }
}

/// Rows in the text format of `COPY … FROM STDIN`: tab-separated, `\N` for NULL,
/// backslash escapes for the characters that would end a field or a row.
struct CopyRows {
  private(set) var data: [UInt8] = []
  private var atRowStart = true

  var isEmpty: Bool { data.isEmpty }

  mutating func removeAll() {
    data.removeAll(keepingCapacity: true)
    atRowStart = true
  }

  private mutating func separate() {
    if !atRowStart { data.append(UInt8(ascii: "\t")) }
    atRowStart = false
  }

  mutating func null() {
    separate()
    data.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "N")])
  }

  mutating func int(_ value: Int64?) {
    guard let value else { return null() }
    separate()
    data.append(contentsOf: String(value).utf8)
  }

  mutating func double(_ value: Double?) {
    guard let value else { return null() }
    separate()
    data.append(contentsOf: "\(value)".utf8)
  }

  mutating func text(_ value: String?) {
    guard var text = value else { return null() }
    text.withUTF8 { self.text(bytes: $0) }
  }

  mutating func text(bytes: UnsafeBufferPointer<UInt8>) {
    separate()
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "\\"): data.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case UInt8(ascii: "\t"): data.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case UInt8(ascii: "\n"): data.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case UInt8(ascii: "\r"): data.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      default: data.append(byte)
      }
    }
  }

  /// A `bytea` value in hex (`\x…`, its backslash escaped for COPY).
  mutating func bytea(_ bytes: [UInt8]) {
    separate()
    let hex = Array("0123456789abcdef".utf8)
    data.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\"), UInt8(ascii: "x")])
    for byte in bytes {
      data.append(hex[Int(byte >> 4)])
      data.append(hex[Int(byte & 15)])
    }
  }

  mutating func endRow() {
    data.append(UInt8(ascii: "\n"))
    atRowStart = true
  }
}
