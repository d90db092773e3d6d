import Exchange
import Foundation

/// A memory in a PostgreSQL database that a team shares: the tables of the SQLite memory
/// (``PostgresSchema``), with the same keys and the same `bytea` encodings, read and
/// written through one libpq connection.
///
/// Reads run in `REPEATABLE READ READ ONLY` transactions, so a lookup sees one committed
/// state while imports run. An import is one transaction that first takes an advisory lock:
/// imports take turns (each all or nothing; a killed one is rolled back by the server),
/// and the importer may number units itself, `max(id) + 1` on, because no other writer runs.
///
/// Not reentrant: a read or write body must not call the same memory again (the connection's
/// lock is held for the whole transaction).
final class PostgresStorage: MemoryStorage, @unchecked Sendable {  // `connection` is used with `lock` held only
  /// The advisory lock that imports take in turn ("tandem" and 2).
  static let importLock: Int64 = 0x7461_6E64_656D_0002

  let location: String
  private let connection: PostgresConnection
  private let lock = NSLock()
  private let whenWaiting: (@Sendable () -> Void)?

  init(url: String, access: TranslationMemory.Access, whenWaiting: (@Sendable () -> Void)?) throws {
    location = Self.redacted(url)
    self.whenWaiting = whenWaiting
    do {
      connection = try PostgresConnection(url: url)
    } catch {
      throw MemoryError.cannotConnect(location: location, reason: error.message, advice: Self.advice(error.message))
    }
    do {
      switch access {
      case .readWrite:
        if try PostgresSchema.version(connection) != PostgresSchema.latest { try PostgresSchema.migrate(connection) }
      case .readOnly:
        switch try PostgresSchema.version(connection) {
        case nil: throw MemoryError.noMemory(location: location)
        case PostgresSchema.latest: break
        default: throw MemoryError.needsUpgrade(path: location)
        }
      }
    } catch let error as PostgresError {
      throw MemoryError.postgres(operation: "open", location: location, message: error.message, sqlState: error.sqlState)
    }
  }

  /// `url` without its password, for messages.
  static func redacted(_ url: String) -> String {
    var text = url
    if let scheme = text.range(of: "://") {
      let authorityEnd = text[scheme.upperBound...].firstIndex(where: { "/?".contains($0) }) ?? text.endIndex
      let authority = text[scheme.upperBound..<authorityEnd]
      if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
        text.replaceSubrange(text.index(after: colon)..<at, with: "***")
      }
    }
    if let password = text.range(of: "password=") {
      let end = text[password.upperBound...].firstIndex(where: { "& ".contains($0) }) ?? text.endIndex
      text.replaceSubrange(password.upperBound..<end, with: "***")
    }
    return text
  }

  /// What to do about a failed connection, from libpq's message.
  static func advice(_ message: String) -> String {
    let message = message.lowercased()
    if message.contains("password") || message.contains("authentication failed") {
      return "Check the user and password in the URL (or in ~/.pgpass or PGPASSWORD)."
    }
    if message.contains("pg_hba.conf") {
      return "The server does not accept this user from this host: ask its administrator (pg_hba.conf)."
    }
    if message.contains("database") && message.contains("does not exist") {
      return "Create the database first (createdb NAME, or CREATE DATABASE NAME in psql), or fix its name in the URL."
    }
    if message.contains("role") && message.contains("does not exist") {
      return "Create the role first (createuser NAME), or fix the user in the URL."
    }
    if message.contains("connection refused") || message.contains("could not connect")
      || message.contains("translate host name") || message.contains("timeout")
    {
      return "Check that PostgreSQL runs on that host and port, and that the URL names them."
    }
    return "Check the URL: postgresql://USER@HOST:PORT/DATABASE."
  }

  private func wrap<T>(_ operation: String, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as PostgresError {
      throw MemoryError.postgres(operation: operation, location: location, message: error.message, sqlState: error.sqlState)
    }
  }

  func read<T>(_ operation: String, _ body: (any MemoryReader) throws -> T) throws -> T {
    lock.lock()
    defer { lock.unlock() }
    return try wrap(operation) {
      try connection.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") {
        try body(PostgresReader(connection: connection))
      }
    }
  }

  func write<T>(_ operation: String, _ body: (any MemoryWriter) throws -> T) throws -> T {
    lock.lock()
    defer { lock.unlock() }
    return try wrap(operation) {
      try connection.transaction {
        let locked = try connection.query("SELECT pg_try_advisory_xact_lock($1)", [.int(Self.importLock)]).int(0, 0)
        if locked != 1 {
          whenWaiting?()
          try connection.query("SELECT pg_advisory_xact_lock($1)", [.int(Self.importLock)])
        }
        return try body(try PostgresWriter(connection: connection))
      }
    }
  }

  func appliedMigrations() throws -> [String] {
    lock.lock()
    defer { lock.unlock() }
    return try wrap("migrate") {
      let result = try connection.query("SELECT name FROM tandem_migration ORDER BY version")
      return (0..<result.rowCount).compactMap { result.string($0, 0) }
    }
  }

  func bytesOnDisk() throws -> Int64 {
    lock.lock()
    defer { lock.unlock() }
    return try wrap("stats") {
      try connection.query(
        """
        SELECT coalesce(sum(pg_total_relation_size(t::regclass)), 0)::bigint
        FROM unnest(ARRAY['unit', 'posting', 'unit_length', 'document', 'language_pair']) AS t
        """
      ).int(0, 0) ?? 0
    }
  }

  /// PostgreSQL keeps its tables' types and constraints itself; what it cannot know is
  /// Tandem's encodings and the counts that imports keep beside the units.
  func check() throws -> [String] {
    try read("check") { _ in
      var problems: [String] = []
      let checks: [(String, String)] = [
        ("SELECT count(*) FROM unit_length WHERE length(lengths) <> 8192", "unit_length: %d chunks not 8192 bytes long"),
        ("SELECT count(*) FROM posting WHERE count <= 0 OR length(ids) = 0", "posting: %d empty chunks"),
        (
          "SELECT abs((SELECT count(*) FROM unit) - (SELECT coalesce(sum(units), 0) FROM language_pair))::bigint",
          "language_pair: its counts are %d units off the unit table"
        ),
        (
          "SELECT count(*) FROM unit WHERE documentId IS NOT NULL AND documentId NOT IN (SELECT id FROM document)",
          "unit: %d units of a missing document"
        ),
      ]
      for (sql, problem) in checks {
        let count = try connection.query(sql).int(0, 0) ?? 0
        if count != 0 { problems.append(String(format: problem, Int(count))) }
      }
      return problems
    }
  }
}

/// The reads of ``MemoryReader`` on a PostgreSQL connection, inside the read transaction.
struct PostgresReader: MemoryReader {
  let connection: PostgresConnection

  /// Each read is a round trip: a lookup asks for its best candidates a block at a time.
  var unitBatchSize: Int { 16 }

  func units(ids: [Int64]) throws -> [UnitRow] {
    let result = try connection.query("\(UnitRow.select) WHERE unit.id = ANY($1::bigint[])", [.text(Self.array(ids))])
    return try (0..<result.rowCount).map { try Self.unitRow(result, $0) }
  }

  func postingCounts(side: UInt8, lang: String, terms: [String]) throws -> [String: Int] {
    let result = try connection.query(
      "SELECT term, sum(count)::bigint FROM posting WHERE side = $1 AND lang = $2 AND term = ANY($3::text[]) GROUP BY term",
      [.int(Int64(side)), .text(lang), .text(Self.array(terms))])
    var counts: [String: Int] = [:]
    for row in 0..<result.rowCount {
      if let term = result.string(row, 0) { counts[term] = Int(result.int(row, 1) ?? 0) }
    }
    return counts
  }

  func unitLengths(chunks: [Int64]) throws -> [Int64: [UInt8]] {
    let result = try connection.query(
      "SELECT chunk, lengths FROM unit_length WHERE chunk = ANY($1::bigint[])", [.text(Self.array(chunks))])
    var lengths: [Int64: [UInt8]] = [:]
    for row in 0..<result.rowCount {
      if let chunk = result.int(row, 0), let bytes = result.bytes(row, 1) { lengths[chunk] = bytes }
    }
    return lengths
  }

  /// An array literal of `values` (`{1,2,3}`).
  static func array(_ values: [Int64]) -> String { "{" + values.map(String.init).joined(separator: ",") + "}" }

  /// An array literal of `values`, each in double quotes, backslashes and quotes escaped.
  static func array(_ values: [String]) -> String {
    "{" + values.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
      .joined(separator: ",") + "}"
  }

  func unitIDs(sourceKey key: Int64) throws -> [Int64] {
    let result = try connection.query("SELECT id FROM unit WHERE sourceKey = $1", [.int(key)])
    return (0..<result.rowCount).compactMap { result.int($0, 0) }
  }

  func postingCount(side: UInt8, lang: String, term: String) throws -> Int {
    Int(
      try connection.query(
        "SELECT coalesce(sum(count), 0)::bigint FROM posting WHERE side = $1 AND lang = $2 AND term = $3",
        [.int(Int64(side)), .text(lang), .text(term)]
      ).int(0, 0) ?? 0)
  }

  func appendPostings(side: UInt8, lang: String, term: String, to ids: inout [Int64]) throws {
    let result = try connection.query(
      "SELECT ids FROM posting WHERE side = $1 AND lang = $2 AND term = $3 ORDER BY chunk",
      [.int(Int64(side)), .text(lang), .text(term)])
    for row in 0..<result.rowCount {
      result.withBytes(row, 0) { PostingList.decode($0, into: &ids) }
    }
  }

  func terms(side: UInt8, lang: String, from lower: String, below upper: String) throws -> [String] {
    let result = try connection.query(
      "SELECT DISTINCT term FROM posting WHERE side = $1 AND lang = $2 AND term >= $3 AND term < $4 ORDER BY term",
      [.int(Int64(side)), .text(lang), .text(lower), .text(upper)])
    return (0..<result.rowCount).compactMap { result.string($0, 0) }
  }

  func unit(id: Int64) throws -> UnitRow? {
    let result = try connection.query("\(UnitRow.select) WHERE unit.id = $1", [.int(id)])
    return result.rowCount == 0 ? nil : try Self.unitRow(result, 0)
  }

  func forEachUnit(_ body: (UnitRow) throws -> Void) throws {
    try connection.execute("DECLARE tandem_units NO SCROLL CURSOR FOR \(UnitRow.select) ORDER BY unit.id")
    while true {
      let result = try connection.query("FETCH 2000 FROM tandem_units", prepared: false)
      guard result.rowCount > 0 else { break }
      for row in 0..<result.rowCount { try body(try Self.unitRow(result, row)) }
    }
    try connection.execute("CLOSE tandem_units")
  }

  static func unitRow(_ result: PostgresResult, _ row: Int) throws -> UnitRow {
    func required<T>(_ value: T?, _ column: String) throws -> T {
      guard let value else { throw PostgresError(message: "unit column \(column) is NULL in row \(row)") }
      return value
    }
    return UnitRow(
      id: try required(result.int(row, 0), "id"), sourceLang: try required(result.string(row, 1), "sourceLang"),
      targetLang: try required(result.string(row, 2), "targetLang"), source: try required(result.string(row, 3), "source"),
      target: try required(result.string(row, 4), "target"), normalizedSource: result.string(row, 5),
      tokenCount: Int(try required(result.int(row, 6), "tokenCount")), contextKey: result.int(row, 7),
      document: result.string(row, 8), tuid: result.string(row, 9), created: try required(result.int(row, 10), "created"),
      changed: try required(result.int(row, 11), "changed"), confidence: result.double(row, 12),
      details: result.string(row, 13), scoringSource: result.string(row, 14))
  }

  func unitLengths(chunk: Int64) throws -> [UInt8]? {
    let result = try connection.query("SELECT lengths FROM unit_length WHERE chunk = $1", [.int(chunk)])
    return result.rowCount == 0 ? nil : result.bytes(0, 0)
  }

  func languagePairs() throws -> [(source: String, target: String, units: Int)] {
    let result = try connection.query(
      "SELECT sourceLang, targetLang, units FROM language_pair WHERE units > 0 ORDER BY units DESC, sourceLang, targetLang")
    return (0..<result.rowCount).map {
      (result.string($0, 0) ?? "", result.string($0, 1) ?? "", Int(result.int($0, 2) ?? 0))
    }
  }

  func forEachDocumentHeader(_ body: (String, String, String?, String?) throws -> Void) throws {
    let result = try connection.query(
      """
      SELECT name, header, (SELECT sourceLang FROM unit WHERE documentId = document.id LIMIT 1),
             (SELECT targetLang FROM unit WHERE documentId = document.id LIMIT 1)
      FROM document WHERE header IS NOT NULL ORDER BY id
      """)
    for row in 0..<result.rowCount {
      try body(result.string(row, 0) ?? "", result.string(row, 1) ?? "", result.string(row, 2), result.string(row, 3))
    }
  }

  func counts() throws -> (units: Int, documents: Int, terms: Int) {
    let result = try connection.query(
      """
      SELECT (SELECT count(*) FROM unit), (SELECT count(*) FROM document),
             (SELECT count(*) FROM (SELECT DISTINCT side, lang, term FROM posting) AS t)
      """)
    return (Int(result.int(0, 0) ?? 0), Int(result.int(0, 1) ?? 0), Int(result.int(0, 2) ?? 0))
  }
}

/// The writes of ``MemoryWriter`` on a PostgreSQL connection, inside the import's transaction,
/// which holds ``PostgresStorage/importLock``.
///
/// Units and postings go in with `COPY` (one round trip for thousands of rows, not one
/// each); so the writer numbers units itself and knows which pair keys are stored: it asks
/// for the keys of each batch at once (``willInsert(_:)``) and remembers the ones it added.
final class PostgresWriter: MemoryWriter {
  /// An import that adds this many units (or the first one) analyzes the tables at its end.
  static let analyzeAfter = 10_000
  /// Buffered units (and postings) are sent when their COPY text reaches this size.
  static let unitBufferBytes = 8 << 20

  let connection: PostgresConnection
  private var nextID: Int64
  /// Whether the memory held no unit when the import began: then every stored pair key is in `added`.
  private let startedEmpty: Bool
  /// The pair keys of the current batch that were stored before this import, with their ids.
  private var stored: [Int64: Int64] = [:]
  /// The pair keys this import added, with their ids.
  private var added: [Int64: Int64] = [:]
  private var units = CopyRows()
  /// The first id in `units`, not yet sent.
  private var firstBufferedID: Int64?
  private var postings = CopyRows()

  init(connection: PostgresConnection) throws {
    self.connection = connection
    nextID = try connection.query("SELECT coalesce(max(id), 0) + 1 FROM unit").int(0, 0) ?? 1
    startedEmpty = nextID == 1
  }

  func isEmpty() throws -> Bool { startedEmpty }

  func beginBulkImport() throws {}

  func willInsert(_ batch: [PreparedUnit]) throws {
    stored.removeAll(keepingCapacity: true)
    guard !startedEmpty else { return }
    let result = try connection.query(
      "SELECT pairKey, id FROM unit WHERE pairKey = ANY($1::bigint[])", [.text(PostgresReader.array(batch.map(\.pairKey)))])
    for row in 0..<result.rowCount {
      if let key = result.int(row, 0), let id = result.int(row, 1) { stored[key] = id }
    }
  }

  func insert(_ unit: PreparedUnit, documentID: Int64?) throws -> InsertOutcome {
    if let id = stored[unit.pairKey] ?? added[unit.pairKey] { return .present(id) }
    let id = nextID
    nextID += 1
    added[unit.pairKey] = id
    if firstBufferedID == nil { firstBufferedID = id }
    units.int(id)
    units.text(unit.unit.sourceLanguage)
    units.text(unit.unit.targetLanguage)
    units.text(unit.unit.source)
    units.text(unit.unit.target)
    units.text(unit.source == unit.unit.source ? nil : unit.source)
    units.text(unit.target == unit.unit.target ? nil : unit.target)
    units.int(unit.sourceKey)
    units.int(unit.pairKey)
    units.int(unit.contextKey)
    units.int(Int64(unit.tokenCount))
    units.int(documentID)
    units.text(unit.unit.id)
    units.int(unit.created)
    units.int(unit.changed)
    units.double(unit.confidence)
    units.text(unit.details)
    units.text(unit.scoringSource)
    units.endRow()
    if units.data.count >= Self.unitBufferBytes { try sendUnits() }
    return .added(id)
  }

  private func sendUnits() throws {
    guard !units.isEmpty else { return }
    try connection.copy(
      """
      COPY unit (id, sourceLang, targetLang, source, target, sourceNormalized, targetNormalized, sourceKey, pairKey,
                 contextKey, tokenCount, documentId, tuid, created, changed, confidence, details, sourceScoring)
      FROM STDIN
      """, data: units.data)
    units.removeAll()
    firstBufferedID = nil
  }

  func merge(_ unit: PreparedUnit, into id: Int64?) throws {
    if let first = firstBufferedID, let id, id >= first { try sendUnits() }
    try connection.query(
      """
      UPDATE unit SET
        created = greatest(created, $1), changed = greatest(changed, $2), contextKey = coalesce(contextKey, $3),
        confidence = coalesce(greatest(confidence, $4), confidence, $4), details = coalesce(details, $6),
        sourceScoring = coalesce(sourceScoring, $7)
      WHERE 
      """ + (id == nil ? "pairKey = $5" : "id = $5"),
      [
        .int(unit.created), .int(unit.changed), unit.contextKey.map { .int($0) } ?? .null,
        unit.confidence.map { .double($0) } ?? .null, .int(id ?? unit.pairKey), unit.details.map { .text($0) } ?? .null,
        unit.scoringSource.map { .text($0) } ?? .null,
      ])
  }

  func documentID(named name: String) throws -> Int64 {
    try connection.query("INSERT INTO document (name) VALUES ($1) ON CONFLICT (name) DO NOTHING", [.text(name)])
    guard let id = try connection.query("SELECT id FROM document WHERE name = $1", [.text(name)]).int(0, 0) else {
      throw PostgresError(message: "document '\(name)' vanished after its insert")
    }
    return id
  }

  func setDocumentHeader(name: String, json: String) throws {
    try connection.query(
      "INSERT INTO document (name, header) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET header = excluded.header",
      [.text(name), .text(json)])
  }

  func unitLengths(chunk: Int64) throws -> [UInt8]? { try PostgresReader(connection: connection).unitLengths(chunk: chunk) }

  func storeUnitLengths(chunk: Int64, _ lengths: [UInt8]) throws {
    try connection.query(
      """
      INSERT INTO unit_length (chunk, lengths) VALUES ($1, $2)
      ON CONFLICT (chunk) DO UPDATE SET lengths = excluded.lengths
      """, [.int(chunk), .bytes(lengths)])
  }

  func lastPostingChunk(side: UInt8, lang: String, term: String) throws -> (chunk: Int64, count: Int, ids: [UInt8])? {
    let result = try connection.query(
      "SELECT chunk, count, ids FROM posting WHERE side = $1 AND lang = $2 AND term = $3 ORDER BY chunk DESC LIMIT 1",
      [.int(Int64(side)), .text(lang), .text(term)])
    guard result.rowCount > 0, let chunk = result.int(0, 0), let count = result.int(0, 1), let ids = result.bytes(0, 2)
    else { return nil }
    return (chunk, Int(count), ids)
  }

  func updatePostingChunk(side: UInt8, lang: String, term: String, chunk: Int64, count: Int, ids: [UInt8]) throws {
    try connection.query(
      "UPDATE posting SET count = $1, ids = $2 WHERE side = $3 AND lang = $4 AND term = $5 AND chunk = $6",
      [.int(Int64(count)), .bytes(ids), .int(Int64(side)), .text(lang), .text(term), .int(chunk)])
  }

  func insertPostingChunk(
    side: UInt8, lang: String, term: UnsafeBufferPointer<UInt8>, chunk: Int64, count: Int, ids: [UInt8]
  ) throws {
    postings.int(Int64(side))
    postings.text(lang)
    postings.text(bytes: term)
    postings.int(chunk)
    postings.int(Int64(count))
    postings.bytea(ids)
    postings.endRow()
    if postings.data.count >= Self.unitBufferBytes { try endPostings() }
  }

  func endPostings() throws {
    guard !postings.isEmpty else { return }
    try connection.copy("COPY posting (side, lang, term, chunk, count, ids) FROM STDIN", data: postings.data)
    postings.removeAll()
  }

  func addUnits(_ count: Int, toPair source: String, _ target: String) throws {
    try connection.query(
      """
      INSERT INTO language_pair (sourceLang, targetLang, units) VALUES ($1, $2, $3)
      ON CONFLICT (sourceLang, targetLang) DO UPDATE SET units = language_pair.units + excluded.units
      """, [.text(source), .text(target), .int(Int64(count))])
  }

  /// Sends the last units; after a large or first import, refreshes the planner's statistics in the same
  /// transaction, so that lookups right after it still find their rows through the indexes
  /// (autovacuum would do so only later, and meanwhile a plan may scan the whole table).
  func finish() throws {
    try sendUnits()
    if startedEmpty || added.count >= Self.analyzeAfter { try connection.execute("ANALYZE unit, posting, unit_length") }
  }
}
