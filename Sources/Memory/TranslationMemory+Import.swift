import Exchange
import Foundation

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
    let headers = document.flatMap { name in header.flatMap { DocumentHeader($0).json }.map { [(name, $0)] } } ?? []
    return try importUnits(document: document, headers: headers, progress: progress, next: next)
  }

  /// Imports what `next` yields, then sets the headers (JSON of ``DocumentHeader``) of the named documents.
  func importUnits(
    document: String?, headers: [(name: String, json: String)], progress: ((ImportSummary) -> Void)?,
    next: () throws -> TranslationUnit?
  ) throws -> ImportSummary {
    try storage.write("import") { writer in
      var previous: PreparedUnit?
      return try withoutActuallyEscaping(next) { next in
        let pipeline = ImportPipeline(
          batchSize: Self.batchSize, document: document, now: Int64(Date().timeIntervalSince1970), next: next)
        defer { pipeline.stop() }
        var importer = try UnitImporter(writer, vocabulary: pipeline.vocabulary)
        while let units = try pipeline.nextBatch() {
          let units = units.map { unit in
            defer { previous = unit }
            return unit.withContext(after: previous)
          }
          try writer.willInsert(units)
          for unit in units {
            try importer.add(unit)
            if importer.summary.read % 10_000 == 0 { progress?(importer.summary) }
          }
        }
        try importer.finish()
        for (name, json) in headers { try writer.setDocumentHeader(name: name, json: json) }
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

/// The state of one import transaction: document ids, and the word postings collected
/// for units added since the last flush. The storage (``MemoryWriter``) does the writing.
///
/// Into an empty memory (the bulk case) it deduplicates by a dictionary of the pair keys
/// it stored, and the storage may load without its secondary indexes (see ``SQLiteWriter``).
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

  let writer: any MemoryWriter
  let vocabulary: Vocabulary
  var summary = ImportSummary()
  var documentIDs: [String: Int64] = [:]
  /// Buffered postings, by the vocabulary's table numbers.
  var entries: [Entries] = []
  var bufferedIDs = 0
  var bufferedUnits = 0
  var bufferFirstID: Int64 = 0
  /// In the bulk case: the ids of the units stored so far, by pair key.
  var storedPairs: [Int64: Int64]?
  /// Token counts of the units added since the last flush, for `unit_length`.
  var lengths = UnitLengths()
  /// Units added per (source, target) language tag, for `language_pair`.
  var pairCounts: [LanguagePairKey: Int] = [:]

  init(_ writer: any MemoryWriter, vocabulary: Vocabulary) throws {
    self.writer = writer
    self.vocabulary = vocabulary
    if try writer.isEmpty() {
      storedPairs = Dictionary(minimumCapacity: 1 << 16)
      try writer.beginBulkImport()
    }
  }

  mutating func add(_ unit: PreparedUnit) throws {
    summary.read += 1
    guard unit.unit.isTranslation else {
      summary.skippedUntranslated += 1
      return
    }
    let documentID = try documentID(unit.document)
    if let id = storedPairs?[unit.pairKey] {
      try merge(unit, into: id)
      return
    }
    let id: Int64
    switch try writer.insert(unit, documentID: documentID) {
    case .added(let added): id = added
    case .present(let stored):  // the same unit is stored: keep the newer dates
      try merge(unit, into: stored)
      return
    }
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

  /// Merges `unit` into the stored unit `id` (by pair key when nil).
  private mutating func merge(_ unit: PreparedUnit, into id: Int64?) throws {
    try writer.merge(unit, into: id)
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
    let id = try writer.documentID(named: name)
    documentIDs[name] = id
    return id
  }

  /// Writes the remaining postings and the language pairs' counts, and ends the storage's writes.
  mutating func finish() throws {
    try flush()
    try writer.finish()
    for (pair, count) in pairCounts { try writer.addUnits(count, toPair: pair.source, pair.target) }
    pairCounts.removeAll()
  }

  /// Writes the buffered postings, in key order so that the B-tree grows at its end.
  mutating func flush() throws {
    guard bufferedUnits > 0 else { return }
    try lengths.store(writer)
    let smallImport = bufferedUnits < Self.smallImport
    let firstID = bufferFirstID
    let writer = writer
    try vocabulary.withTables { tables in
      var bytes: [UInt8] = []
      for k in tables.indices.sorted(by: { (tables[$0].side, tables[$0].lang) < (tables[$1].side, tables[$1].lang) })
      where k < entries.count {
        let table = tables[k]
        let (starts, grouped) = entries[k].grouped(termCount: table.terms.count)
        let used = (0..<table.terms.count).filter { starts[$0 + 1] > starts[$0] }
        for term in used.sorted(by: table.terms.precedes) {
          let ids = grouped[starts[term]..<starts[term + 1]]
          if smallImport {
            let text = table.terms.string(term)
            if let last = try writer.lastPostingChunk(side: table.side, lang: table.lang, term: text),
              last.count + ids.count <= Self.chunkCapacity
            {
              var merged: [Int64] = []
              last.ids.withUnsafeBytes { PostingList.decode($0, into: &merged) }
              merged.append(contentsOf: ids)
              bytes.removeAll(keepingCapacity: true)
              PostingList.encode(merged, into: &bytes)
              try writer.updatePostingChunk(
                side: table.side, lang: table.lang, term: text, chunk: last.chunk, count: merged.count, ids: bytes)
              continue
            }
          }
          bytes.removeAll(keepingCapacity: true)
          PostingList.encode(ids, into: &bytes)
          try table.terms.withBytes(term) {
            try writer.insertPostingChunk(
              side: table.side, lang: table.lang, term: $0, chunk: firstID, count: ids.count, ids: bytes)
          }
        }
      }
    }
    try writer.endPostings()
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
