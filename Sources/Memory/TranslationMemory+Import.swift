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
  ///   - progress: Called every 10,000 units with the counts so far.
  ///   - next: Pulls the next unit; a streaming reader's `next()`.
  /// - Throws: What `next` throws, unchanged, or a ``MemoryError``.
  @discardableResult
  public func importUnits(
    document: String? = nil, progress: ((ImportSummary) -> Void)? = nil,
    next: () throws -> TranslationUnit?
  ) throws -> ImportSummary {
    try wrap("import") {
      try pool.write { db in
        var importer = try UnitImporter(db)
        let now = Int64(Date().timeIntervalSince1970)
        var previous: PreparedUnit?
        var read = 0
        // Read a batch, let a worker prepare it while the batch before is stored.
        func readBatch() throws -> PreparedBatch? {
          var raw: [TranslationUnit] = []
          raw.reserveCapacity(Self.batchSize)
          while raw.count < Self.batchSize, let unit = try next() { raw.append(unit) }
          guard !raw.isEmpty else { return nil }
          defer { read += raw.count }
          return PreparedBatch(raw, firstNumber: read + 1, document: document, now: now)
        }
        var pending = try readBatch()
        while let batch = pending {
          let units = try batch.wait()
          pending = try readBatch()
          for unit in units {
            let unit = unit.withContext(after: previous)
            previous = unit
            try importer.add(unit)
            if importer.summary.read % 10_000 == 0 { progress?(importer.summary) }
          }
        }
        try importer.flush()
        return importer.summary
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
struct UnitImporter {
  /// Buffered postings of one (side, language): each term gets a slot, and
  /// every (slot, unit id) goes to one flat list, grouped by slot at flush.
  struct TermTable {
    var terms = TermInterner()
    var lastID: [Int64] = []
    var entrySlots: [Int32] = []
    var entryIDs: [Int64] = []

    /// Records that unit `id` contains the term `bytes`; returns false if it was already recorded.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ id: Int64) -> Bool {
      let slot = terms.intern(bytes)
      if slot == lastID.count {
        lastID.append(id)
      } else {
        if lastID[slot] == id { return false }
        lastID[slot] = id
      }
      entrySlots.append(Int32(slot))
      entryIDs.append(id)
      return true
    }

    /// The ids of each slot, ascending: a counting sort of the entries by slot.
    func grouped() -> (starts: [Int], ids: [Int64]) {
      var starts = [Int](repeating: 0, count: terms.count + 1)
      for slot in entrySlots { starts[Int(slot) + 1] += 1 }
      for k in 0..<terms.count { starts[k + 1] += starts[k] }
      var next = starts
      var ids = [Int64](repeating: 0, count: entryIDs.count)
      for (slot, id) in zip(entrySlots, entryIDs) {
        ids[next[Int(slot)]] = id
        next[Int(slot)] += 1
      }
      return (starts, ids)
    }
  }

  struct TableKey: Hashable {
    var side: UInt8
    var lang: String
  }

  /// Postings are written to the database when this many ids are buffered.
  static let flushThreshold = 6_000_000
  /// Below this many buffered units, postings are appended to a term's last
  /// chunk (if it is small) instead of opening a new chunk, so that many
  /// small imports (`tandem tm add`) do not splinter the index.
  static let smallImport = 10_000
  static let chunkCapacity = 4_096

  let db: Database
  let insertUnit: Statement
  let mergeUnit: Statement
  var summary = ImportSummary()
  var documentIDs: [String: Int64] = [:]
  var buffer: [TableKey: TermTable] = [:]
  var bufferedIDs = 0
  var bufferedUnits = 0
  var bufferFirstID: Int64 = 0

  init(_ db: Database) throws {
    self.db = db
    insertUnit = try db.makeStatement(
      sql: """
        INSERT INTO unit (sourceLang, targetLang, source, target, sourceNormalized, targetNormalized,
                          sourceKey, pairKey, contextKey, tokenCount, documentId, tuid, created, changed, confidence)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(pairKey) DO NOTHING
        """)
    mergeUnit = try db.makeStatement(
      sql: """
        UPDATE unit SET
          created = max(created, :created),
          changed = max(changed, :changed),
          contextKey = coalesce(contextKey, :contextKey),
          confidence = coalesce(max(confidence, :confidence), confidence, :confidence)
        WHERE pairKey = :pairKey
        """)
  }

  mutating func add(_ unit: PreparedUnit) throws {
    summary.read += 1
    let documentID = try documentID(unit.document)
    try insertUnit.execute(arguments: [
      unit.unit.sourceLanguage, unit.unit.targetLanguage, unit.unit.source, unit.unit.target,
      unit.source == unit.unit.source ? nil : unit.source, unit.target == unit.unit.target ? nil : unit.target,
      unit.sourceKey, unit.pairKey, unit.contextKey, unit.tokenCount, documentID, unit.unit.id,
      unit.created, unit.changed, unit.confidence,
    ])
    guard db.changesCount == 1 else {  // the same unit is stored: keep the newer dates
      try mergeUnit.execute(arguments: [
        "created": unit.created, "changed": unit.changed, "contextKey": unit.contextKey,
        "confidence": unit.confidence, "pairKey": unit.pairKey,
      ])
      summary.merged += 1
      return
    }
    let id = db.lastInsertedRowID
    summary.added += 1
    if bufferedUnits == 0 { bufferFirstID = id }
    bufferedUnits += 1
    index(unit.sourceTerms, side: 0, lang: unit.sourceLang, id: id)
    index(unit.targetTerms, side: 1, lang: unit.targetLang, id: id)
    if bufferedIDs >= Self.flushThreshold { try flush() }
  }

  /// Adds the words and numbers of one side to the buffered postings.
  private mutating func index(_ terms: PreparedUnit.Terms, side: UInt8, lang: String, id: Int64) {
    let key = TableKey(side: side, lang: lang)
    var table = buffer.removeValue(forKey: key) ?? TermTable()  // moved out: appends stay in place
    var added = 0
    terms.forEach { if table.add($0, id) { added += 1 } }
    bufferedIDs += added
    buffer[key] = table
  }

  private mutating func documentID(_ name: String?) throws -> Int64? {
    guard let name else { return nil }
    if let id = documentIDs[name] { return id }
    try db.execute(sql: "INSERT INTO document (name) VALUES (?) ON CONFLICT(name) DO NOTHING", arguments: [name])
    let id = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE name = ?", arguments: [name])
    documentIDs[name] = id
    return id
  }

  /// Writes the buffered postings, in key order so that the B-tree grows at its end.
  mutating func flush() throws {
    guard !buffer.isEmpty else { return }
    let insert = try db.makeStatement(
      sql: "INSERT INTO posting (side, lang, term, chunk, count, ids) VALUES (?, ?, ?, ?, ?, ?)")
    let last = try db.makeStatement(
      sql: "SELECT chunk, count, ids FROM posting WHERE side = ? AND lang = ? AND term = ? ORDER BY chunk DESC LIMIT 1")
    let update = try db.makeStatement(
      sql: "UPDATE posting SET count = ?, ids = ? WHERE side = ? AND lang = ? AND term = ? AND chunk = ?")
    var bytes: [UInt8] = []
    for key in buffer.keys.sorted(by: { ($0.side, $0.lang) < ($1.side, $1.lang) }) {
      guard let table = buffer[key] else { continue }
      let (starts, grouped) = table.grouped()
      for slot in (0..<table.terms.count).sorted(by: table.terms.precedes) {
        let term = table.terms.string(slot)
        var ids = Array(grouped[starts[slot]..<starts[slot + 1]])
        if bufferedUnits < Self.smallImport,
          let row = try Row.fetchOne(last, arguments: [key.side, key.lang, term]),
          let count: Int = row["count"], count + ids.count <= Self.chunkCapacity,
          let chunk: Int64 = row["chunk"], let stored: Data = row["ids"]
        {
          var merged: [Int64] = []
          stored.withUnsafeBytes { PostingList.decode($0, into: &merged) }
          merged.append(contentsOf: ids)
          ids = merged
          bytes.removeAll(keepingCapacity: true)
          PostingList.encode(ids, into: &bytes)
          try update.execute(arguments: [ids.count, Data(bytes), key.side, key.lang, term, chunk])
          continue
        }
        bytes.removeAll(keepingCapacity: true)
        PostingList.encode(ids, into: &bytes)
        try insert.execute(arguments: [key.side, key.lang, term, bufferFirstID, ids.count, Data(bytes)])
      }
    }
    buffer.removeAll()
    bufferedIDs = 0
    bufferedUnits = 0
  }
}
