import Exchange
import Foundation
import GRDB

extension TranslationMemory {
  /// Units read and prepared together while the batch before them is stored.
  static let batchSize = 2_048

  /// Imports the units that `next` yields until it returns nil, in one
  /// transaction: if `next` or the database throws, or the process dies,
  /// nothing of this import is stored.
  ///
  /// A unit equal to a stored one in languages, normalized source and
  /// normalized target is merged into it (its dates become the newer ones);
  /// the same source with another target is kept as an alternative. Each
  /// unit's context (for 101 matches) is its `x-context-pre` or `prev`
  /// property, else the source of the unit before it from the same document.
  ///
  /// - Parameters:
  ///   - document: The origin recorded for units without an `x-document` property.
  ///   - header: The TMX header the document came with: its notes, properties and extra
  ///     attributes are kept with the document, for ``documentHeader(sourceLanguage:targetLanguage:)``.
  ///   - progress: Called every 10,000 units with the counts so far.
  ///   - next: Pulls the next unit; a streaming reader's `next()`.
  /// - Throws: What `next` throws, unchanged, or a ``MemoryError``.
  @discardableResult
  public func importUnits(
    document: String? = nil, header: TMXHeader? = nil, progress: ((ImportSummary) -> Void)? = nil,
    next: () throws -> TranslationUnit?
  ) throws -> ImportSummary {
    try wrap("import") {
      try pool.write { db in
        var previous: PreparedUnit?
        return try withoutActuallyEscaping(next) { next in
          let pipeline = ImportPipeline(
            batchSize: Self.batchSize, document: document, now: Int64(Date().timeIntervalSince1970), next: next)
          defer { pipeline.stop() }
          var importer = try UnitImporter(db, vocabulary: pipeline.vocabulary)
          while let units = try pipeline.nextBatch() {
            for unit in units {
              let unit = unit.withContext(after: previous)
              previous = unit
              try importer.add(unit)
              if importer.summary.read % 10_000 == 0 { progress?(importer.summary) }
            }
          }
          try importer.finish()
          if let document, let header, let json = DocumentHeader(header).json {
            try db.execute(
              sql: "INSERT INTO document (name, header) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET header = excluded.header",
              arguments: [document, json])
          }
          return importer.summary
        }
      }
    }
  }

  /// Imports `units`; see ``importUnits(document:progress:next:)``.
  @discardableResult
  public func importUnits(
    _ units: some Sequence<TranslationUnit>, document: String? = nil,
    progress: ((ImportSummary) -> Void)? = nil
  ) throws -> ImportSummary {
    var iterator = units.makeIterator()
    return try importUnits(document: document, progress: progress) { iterator.next() }
  }
}

/// The state of one import transaction: prepared statements, document ids,
/// and the word postings collected for units added since the last flush.
///
/// Into an empty memory (the bulk case) it imports without the `unit`
/// table's secondary indexes: it drops them, deduplicates by a dictionary
/// of pair keys, and creates them again in ``finish()``, which sorts once
/// instead of updating two B-trees at random places for every unit. All of
/// this is inside the import's transaction, so a failed or killed import
/// leaves the indexes as they were.
struct UnitImporter {
  /// Buffered postings of one table of the vocabulary: (term, unit id) pairs
  /// in the order added, grouped by term at flush.
  struct Entries {
    var terms: [Int32] = []
    var ids: [Int64] = []

    /// The ids of each term, ascending: a counting sort of the entries by term.
    func grouped(termCount: Int) -> (starts: [Int], ids: [Int64]) {
      var starts = [Int](repeating: 0, count: termCount + 1)
      for term in terms { starts[Int(term) + 1] += 1 }
      for k in 0..<termCount { starts[k + 1] += starts[k] }
      var next = starts
      var grouped = [Int64](repeating: 0, count: ids.count)
      for (term, id) in zip(terms, ids) {
        grouped[next[Int(term)]] = id
        next[Int(term)] += 1
      }
      return (starts, grouped)
    }
  }

  /// Postings are written to the database when this many ids are buffered.
  static let flushThreshold = 12_000_000
  /// Below this many buffered units, postings are appended to a term's last
  /// chunk (if it is small) instead of opening a new chunk, so that many
  /// small imports (`tandem tm add`) do not splinter the index.
  static let smallImport = 10_000
  static let chunkCapacity = 4_096

  let db: Database
  let vocabulary: Vocabulary
  let insertUnit: RawStatement
  let mergeUnit: RawStatement
  var summary = ImportSummary()
  var documentIDs: [String: Int64] = [:]
  /// Buffered postings, by the vocabulary's table numbers.
  var entries: [Entries] = []
  var bufferedIDs = 0
  var bufferedUnits = 0
  var bufferFirstID: Int64 = 0
  /// In the bulk case: the ids of the units stored so far, by pair key.
  var storedPairs: [Int64: Int64]?
  /// In the bulk case: the statements that create the dropped indexes.
  var droppedIndexes: [String] = []
  /// Token counts of the units added since the last flush, for `unit_length`.
  var lengths = UnitLengths()
  /// Units added per (source, target) language tag, for `language_pair`.
  var pairCounts: [LanguagePairKey: Int] = [:]

  init(_ db: Database, vocabulary: Vocabulary) throws {
    self.db = db
    self.vocabulary = vocabulary
    let bulk = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM unit)") != true
    if bulk {
      storedPairs = Dictionary(minimumCapacity: 1 << 16)
      droppedIndexes = try Row.fetchAll(
        db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'unit' AND sql IS NOT NULL"
      ).map { row in
        let name: String = try row.decode(atIndex: 0)
        try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
        return try row.decode(atIndex: 1)
      }
    }
    insertUnit = try RawStatement(
      db,
      sql: """
        INSERT INTO unit (sourceLang, targetLang, source, target, sourceNormalized, targetNormalized,
                          sourceKey, pairKey, contextKey, tokenCount, documentId, tuid, created, changed, confidence,
                          details, sourceScoring)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """ + (bulk ? "" : " ON CONFLICT(pairKey) DO NOTHING"))
    mergeUnit = try RawStatement(
      db,
      sql: """
        UPDATE unit SET
          created = max(created, ?1),
          changed = max(changed, ?2),
          contextKey = coalesce(contextKey, ?3),
          confidence = coalesce(max(confidence, ?4), confidence, ?4),
          details = coalesce(details, ?6),
          sourceScoring = coalesce(sourceScoring, ?7)
        WHERE 
        """ + (bulk ? "id = ?5" : "pairKey = ?5"))
  }

  mutating func add(_ unit: PreparedUnit) throws {
    summary.read += 1
    guard unit.unit.isTranslation else {
      summary.skippedUntranslated += 1
      return
    }
    let documentID = try documentID(unit.document)
    if let id = storedPairs?[unit.pairKey] {
      try merge(unit, key: id)
      return
    }
    let insert = insertUnit
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
    guard insert.changes == 1 else {  // the same unit is stored: keep the newer dates
      try merge(unit, key: unit.pairKey)
      return
    }
    let id = insert.lastInsertedRowID
    storedPairs?[unit.pairKey] = id
    summary.added += 1
    lengths.append(id: id, length: unit.tokenCount)
    pairCounts[LanguagePairKey(source: unit.unit.sourceLanguage, target: unit.unit.targetLanguage), default: 0] += 1
    if bufferedUnits == 0 { bufferFirstID = id }
    bufferedUnits += 1
    index(unit.sourceTerms, table: unit.sourceTable, id: id)
    index(unit.targetTerms, table: unit.targetTable, id: id)
    if bufferedIDs >= Self.flushThreshold { try flush() }
  }

  /// Merges `unit` into the stored unit with `key`: its id in the bulk case, else its pair key.
  private mutating func merge(_ unit: PreparedUnit, key: Int64) throws {
    mergeUnit.bind(1, unit.created)
    mergeUnit.bind(2, unit.changed)
    mergeUnit.bind(3, unit.contextKey)
    mergeUnit.bind(4, unit.confidence)
    mergeUnit.bind(5, key)
    mergeUnit.bind(6, unit.details)
    mergeUnit.bind(7, unit.scoringSource)
    try mergeUnit.run()
    summary.merged += 1
  }

  /// Adds the words and numbers of one side to the buffered postings.
  private mutating func index(_ terms: [Int32], table: Int, id: Int64) {
    while entries.count <= table { entries.append(Entries()) }
    entries[table].terms.append(contentsOf: terms)
    entries[table].ids.append(contentsOf: repeatElement(id, count: terms.count))
    bufferedIDs += terms.count
  }

  private mutating func documentID(_ name: String?) throws -> Int64? {
    guard let name else { return nil }
    if let id = documentIDs[name] { return id }
    try db.execute(sql: "INSERT INTO document (name) VALUES (?) ON CONFLICT(name) DO NOTHING", arguments: [name])
    let id = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE name = ?", arguments: [name])
    documentIDs[name] = id
    return id
  }

  /// Writes the remaining postings and, in the bulk case, creates the dropped indexes again.
  mutating func finish() throws {
    try flush()
    for sql in droppedIndexes { try db.execute(sql: sql) }
    let upsert = try db.makeStatement(
      sql: """
        INSERT INTO language_pair (sourceLang, targetLang, units) VALUES (?, ?, ?)
        ON CONFLICT(sourceLang, targetLang) DO UPDATE SET units = units + excluded.units
        """)
    for (pair, count) in pairCounts { try upsert.execute(arguments: [pair.source, pair.target, count]) }
    pairCounts.removeAll()
  }

  /// Writes the buffered postings, in key order so that the B-tree grows at its end.
  mutating func flush() throws {
    guard bufferedUnits > 0 else { return }
    try lengths.store(db)
    let insert = try RawStatement(
      db, sql: "INSERT INTO posting (side, lang, term, chunk, count, ids) VALUES (?, ?, ?, ?, ?, ?)")
    let last = try db.makeStatement(
      sql: "SELECT chunk, count, ids FROM posting WHERE side = ? AND lang = ? AND term = ? ORDER BY chunk DESC LIMIT 1")
    let update = try db.makeStatement(
      sql: "UPDATE posting SET count = ?, ids = ? WHERE side = ? AND lang = ? AND term = ? AND chunk = ?")
    let smallImport = bufferedUnits < Self.smallImport
    let firstID = bufferFirstID
    try vocabulary.withTables { tables in
      var bytes: [UInt8] = []
      for k in tables.indices.sorted(by: { (tables[$0].side, tables[$0].lang) < (tables[$1].side, tables[$1].lang) })
      where k < entries.count {
        let table = tables[k]
        let (starts, grouped) = entries[k].grouped(termCount: table.terms.count)
        let side = Int64(table.side)
        let used = (0..<table.terms.count).filter { starts[$0 + 1] > starts[$0] }
        for term in used.sorted(by: table.terms.precedes) {
          let ids = grouped[starts[term]..<starts[term + 1]]
          if smallImport {
            let text = table.terms.string(term)
            if let row = try Row.fetchOne(last, arguments: [side, table.lang, text]),
              let count = try row.decode(Int?.self, forColumn: "count"), count + ids.count <= Self.chunkCapacity,
              let chunk = try row.decode(Int64?.self, forColumn: "chunk"),
              let stored = try row.decode(Data?.self, forColumn: "ids")
            {
              var merged: [Int64] = []
              stored.withUnsafeBytes { PostingList.decode($0, into: &merged) }
              merged.append(contentsOf: ids)
              bytes.removeAll(keepingCapacity: true)
              PostingList.encode(merged, into: &bytes)
              try update.execute(arguments: [merged.count, Data(bytes), side, table.lang, text, chunk])
              continue
            }
          }
          bytes.removeAll(keepingCapacity: true)
          PostingList.encode(ids, into: &bytes)
          insert.bind(1, side)
          insert.bind(2, table.lang)
          table.terms.withBytes(term) { insert.bindText(3, $0) }
          insert.bind(4, firstID)
          insert.bind(5, Int64(ids.count))
          insert.bind(6, bytes)
          try insert.run()
        }
      }
    }
    entries.removeAll()
    bufferedIDs = 0
    bufferedUnits = 0
  }
}

/// A (source, target) pair of language tags as stored.
struct LanguagePairKey: Hashable {
  var source: String
  var target: String
}
