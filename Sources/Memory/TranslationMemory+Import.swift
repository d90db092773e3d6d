import Exchange
import Foundation
import GRDB

extension TranslationMemory {
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
        var importer = try UnitImporter(db, document: document)
        while let unit = try next() {
          try importer.add(unit)
          if importer.summary.read % 10_000 == 0 { progress?(importer.summary) }
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
  struct TermKey: Hashable {
    var side: UInt8
    var lang: String
    var term: String
  }

  /// Postings are written to the database when this many ids are buffered.
  static let flushThreshold = 6_000_000
  /// Below this many buffered units, postings are appended to a term's last
  /// chunk (if it is small) instead of opening a new chunk, so that many
  /// small imports (`tandem tm add`) do not splinter the index.
  static let smallImport = 10_000
  static let chunkCapacity = 4_096

  let db: Database
  let defaultDocument: String?
  let insertUnit: Statement
  let mergeUnit: Statement
  var summary = ImportSummary()
  var documentIDs: [String: Int64] = [:]
  var buffer: [TermKey: [Int64]] = [:]
  var bufferedIDs = 0
  var bufferedUnits = 0
  var bufferFirstID: Int64 = 0
  var previous: (document: String?, sourceLang: String, normalized: String)?
  let now = Int64(Date().timeIntervalSince1970)

  init(_ db: Database, document: String?) throws {
    self.db = db
    self.defaultDocument = document
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

  mutating func add(_ unit: TranslationUnit) throws {
    summary.read += 1
    guard !unit.sourceLanguage.isEmpty, !unit.targetLanguage.isEmpty else {
      throw MemoryError.missingLanguage(unit: summary.read)
    }
    let source = SegmentText.normalized(unit.source)
    let target = SegmentText.normalized(unit.target)
    let sourceLang = SegmentText.primaryLanguage(unit.sourceLanguage)
    let targetLang = SegmentText.primaryLanguage(unit.targetLanguage)
    let sourceTokens = Tokenizer.tokens(source)
    let document = unit.property("x-document") ?? defaultDocument

    var contextKey: Int64?
    if let context = unit.property("x-context-pre") ?? unit.property("prev") {
      contextKey = SegmentText.key(sourceLang, SegmentText.normalized(context))
    } else if let previous, previous.document == document, previous.sourceLang == sourceLang {
      contextKey = SegmentText.key(sourceLang, previous.normalized)
    }
    previous = (document, sourceLang, source)

    let created = unit.creationDate.map { Int64($0.timeIntervalSince1970) } ?? now
    let changed = unit.changeDate.map { Int64($0.timeIntervalSince1970) } ?? created
    let pairKey = SegmentText.key(sourceLang, targetLang, source, target)
    let confidence = unit.property("x-confidence").flatMap(Double.init)
    let documentID = try documentID(document)
    try insertUnit.execute(arguments: [
      unit.sourceLanguage, unit.targetLanguage, unit.source, unit.target,
      source == unit.source ? nil : source, target == unit.target ? nil : target,
      SegmentText.key(sourceLang, source), pairKey,
      contextKey, sourceTokens.count, documentID, unit.id,
      created, changed, confidence,
    ])
    guard db.changesCount == 1 else {  // the same unit is stored: keep the newer dates
      try mergeUnit.execute(arguments: [
        "created": created, "changed": changed, "contextKey": contextKey, "confidence": confidence,
        "pairKey": pairKey,
      ])
      summary.merged += 1
      return
    }
    let id = db.lastInsertedRowID
    summary.added += 1
    if bufferedUnits == 0 { bufferFirstID = id }
    bufferedUnits += 1
    index(sourceTokens, side: 0, lang: sourceLang, id: id)
    index(Tokenizer.tokens(target), side: 1, lang: targetLang, id: id)
    if bufferedIDs >= Self.flushThreshold { try flush() }
  }

  private mutating func index(_ tokens: [Token], side: UInt8, lang: String, id: Int64) {
    for token in tokens where token.kind != .tag {
      let key = TermKey(side: side, lang: lang, term: token.folded)
      let isNew = buffer[key]?.last != id
      if isNew {
        buffer[key, default: []].append(id)
        bufferedIDs += 1
      }
    }
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
    let keys = buffer.keys.sorted { ($0.side, $0.lang, $0.term) < ($1.side, $1.lang, $1.term) }
    let insert = try db.makeStatement(
      sql: "INSERT INTO posting (side, lang, term, chunk, count, ids) VALUES (?, ?, ?, ?, ?, ?)")
    let last = try db.makeStatement(
      sql: "SELECT chunk, count, ids FROM posting WHERE side = ? AND lang = ? AND term = ? ORDER BY chunk DESC LIMIT 1")
    let update = try db.makeStatement(
      sql: "UPDATE posting SET count = ?, ids = ? WHERE side = ? AND lang = ? AND term = ? AND chunk = ?")
    var bytes: [UInt8] = []
    for key in keys {
      guard var ids = buffer[key] else { continue }
      if bufferedUnits < Self.smallImport,
        let row = try Row.fetchOne(last, arguments: [key.side, key.lang, key.term]),
        let count: Int = row["count"], count + ids.count <= Self.chunkCapacity,
        let chunk: Int64 = row["chunk"], let stored: Data = row["ids"]
      {
        var merged: [Int64] = []
        stored.withUnsafeBytes { PostingList.decode($0, into: &merged) }
        merged.append(contentsOf: ids)
        ids = merged
        bytes.removeAll(keepingCapacity: true)
        PostingList.encode(ids, into: &bytes)
        try update.execute(arguments: [ids.count, Data(bytes), key.side, key.lang, key.term, chunk])
        continue
      }
      bytes.removeAll(keepingCapacity: true)
      PostingList.encode(ids, into: &bytes)
      try insert.execute(arguments: [key.side, key.lang, key.term, bufferFirstID, ids.count, Data(bytes)])
    }
    buffer.removeAll()
    bufferedIDs = 0
    bufferedUnits = 0
  }
}
