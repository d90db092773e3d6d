/// Where a memory keeps its tables: one SQLite file (``SQLiteStorage``) or a PostgreSQL
/// database that a team shares (``PostgresStorage``).
///
/// Both hold the same tables with the same encodings (``PostingList`` for the word index,
/// ``UnitLengths`` for the lengths), so the import, lookup and search logic above them
/// (``UnitImporter``, ``Lookup``, ``Concordance``) is written once and answers the same on
/// either. A storage turns its engine's errors into ``MemoryError``s naming `operation`.
protocol MemoryStorage: Sendable {
  /// Where the memory is, for messages: the file path, or the URL without its password.
  var location: String { get }
  /// Runs `body` in a read transaction, which sees one committed state of the memory:
  /// an import that runs meanwhile is seen whole or not at all.
  func read<T>(_ operation: String, _ body: (any MemoryReader) throws -> T) throws -> T
  /// Runs `body` in one write transaction: all of it is stored, or nothing. Writers take
  /// turns (the storage tells its `whenWaiting` handler when this one has to wait).
  func write<T>(_ operation: String, _ body: (any MemoryWriter) throws -> T) throws -> T
  /// The names of the schema migrations applied, oldest first.
  func appliedMigrations() throws -> [String]
  /// The space the memory takes, in bytes.
  func bytesOnDisk() throws -> Int64
  /// The engine's own consistency checks and the value checks Tandem needs; one line per problem.
  func check() throws -> [String]
}

/// The reads that lookups, searches, exports and statistics make, inside one read transaction.
///
/// The plural reads (`units(ids:)`, `postingCounts`, `unitLengths(chunks:)`) let a storage whose
/// every read is a round trip to a server answer many in one; their defaults read one by one.
protocol MemoryReader {
  /// How many units a lookup asks ``units(ids:)`` for at once: 1 where a read is cheap, more
  /// where each is a round trip (a lookup may then read a few units it does not score).
  var unitBatchSize: Int { get }
  /// The units of `ids` that exist, in any order.
  func units(ids: [Int64]) throws -> [UnitRow]
  /// ``postingCount(side:lang:term:)`` of each of `terms`; terms without postings may be left out.
  func postingCounts(side: UInt8, lang: String, terms: [String]) throws -> [String: Int]
  /// ``unitLengths(chunk:)`` of each of `chunks` that exists.
  func unitLengths(chunks: [Int64]) throws -> [Int64: [UInt8]]
  /// The ids of the units whose `sourceKey` is `key` (exact matches).
  func unitIDs(sourceKey key: Int64) throws -> [Int64]
  /// The number of units of (side, lang) whose text has `term`: the sum of its posting chunks' counts.
  func postingCount(side: UInt8, lang: String, term: String) throws -> Int
  /// Appends the ids of the units of (side, lang) that have `term`, ascending.
  func appendPostings(side: UInt8, lang: String, term: String, to ids: inout [Int64]) throws
  /// The indexed terms of (side, lang) from `lower` up to, not including, `upper`, in byte order.
  func terms(side: UInt8, lang: String, from lower: String, below upper: String) throws -> [String]
  func unit(id: Int64) throws -> UnitRow?
  /// Every unit, in id order (the order of import), streamed.
  func forEachUnit(_ body: (UnitRow) throws -> Void) throws
  /// The chunk `chunk` of the `unit_length` table, nil when there is none.
  func unitLengths(chunk: Int64) throws -> [UInt8]?
  /// The (source, target) language tags of the stored units, with their unit counts, most units first.
  func languagePairs() throws -> [(source: String, target: String, units: Int)]
  /// Each document that has a header, in import order: its name, its header (JSON of
  /// ``DocumentHeader``) and the languages of one of its units.
  func forEachDocumentHeader(
    _ body: (_ name: String, _ json: String, _ sourceLang: String?, _ targetLang: String?) throws -> Void) throws
  /// The number of units, documents and distinct indexed terms.
  func counts() throws -> (units: Int, documents: Int, terms: Int)
}

extension MemoryReader {
  var unitBatchSize: Int { 1 }

  func units(ids: [Int64]) throws -> [UnitRow] { try ids.compactMap { try unit(id: $0) } }

  func postingCounts(side: UInt8, lang: String, terms: [String]) throws -> [String: Int] {
    var counts: [String: Int] = [:]
    for term in terms { counts[term] = try postingCount(side: side, lang: lang, term: term) }
    return counts
  }

  func unitLengths(chunks: [Int64]) throws -> [Int64: [UInt8]] {
    var lengths: [Int64: [UInt8]] = [:]
    for chunk in chunks { lengths[chunk] = try unitLengths(chunk: chunk) }
    return lengths
  }
}

/// What ``MemoryWriter/insert(_:documentID:)`` did.
enum InsertOutcome {
  /// The unit is stored under this new id.
  case added(Int64)
  /// A unit with the same pair key is stored (its id, when the storage knows it): merge into it.
  case present(Int64?)
}

/// The writes of one import, inside its write transaction.
protocol MemoryWriter: AnyObject {
  /// Whether the memory holds no unit: the importer then keeps the pair keys itself, and
  /// the storage may prepare for a bulk load (``beginBulkImport()``).
  func isEmpty() throws -> Bool
  /// Called once, before the first unit, when ``isEmpty()`` was true.
  func beginBulkImport() throws
  /// Called with each batch of prepared units before they are inserted one by one.
  func willInsert(_ units: [PreparedUnit]) throws
  func insert(_ unit: PreparedUnit, documentID: Int64?) throws -> InsertOutcome
  /// Merges `unit` into the stored unit `id` (by its pair key when `id` is nil): newer dates,
  /// a context, confidence and details it lacked.
  func merge(_ unit: PreparedUnit, into id: Int64?) throws
  /// The id of the document `name`, created if needed.
  func documentID(named name: String) throws -> Int64
  func setDocumentHeader(name: String, json: String) throws
  func unitLengths(chunk: Int64) throws -> [UInt8]?
  func storeUnitLengths(chunk: Int64, _ lengths: [UInt8]) throws
  /// The last (highest) posting chunk of a term, for appending to it.
  func lastPostingChunk(side: UInt8, lang: String, term: String) throws -> (chunk: Int64, count: Int, ids: [UInt8])?
  func updatePostingChunk(side: UInt8, lang: String, term: String, chunk: Int64, count: Int, ids: [UInt8]) throws
  /// A new posting chunk; `term` is UTF-8. Chunks come in (side, lang, term) byte order.
  func insertPostingChunk(
    side: UInt8, lang: String, term: UnsafeBufferPointer<UInt8>, chunk: Int64, count: Int, ids: [UInt8]) throws
  /// The end of one flush of postings: what was buffered is written.
  func endPostings() throws
  func addUnits(_ count: Int, toPair source: String, _ target: String) throws
  /// The end of the import's writes, before its commit.
  func finish() throws
}
