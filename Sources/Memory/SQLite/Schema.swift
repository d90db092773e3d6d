import Exchange
import Foundation
import GRDB

extension DatabaseMigrator {
  /// The migrations of a Tandem translation memory.
  ///
  /// - Warning: Migrations are frozen once shipped: never edit one, add a
  ///   new `registerMigration` instead. They use string table names and no
  ///   app types, so that later code changes cannot alter them.
  public static var translationMemory: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: units, documents and the word index") { db in
      try db.create(table: "document") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("name", .text).notNull().unique()
      }
      try db.create(table: "unit") { t in
        t.primaryKey("id", .integer)
        t.column("sourceLang", .text).notNull()
        t.column("targetLang", .text).notNull()
        t.column("source", .text).notNull()
        t.column("target", .text).notNull()
        // NFC, white space collapsed; NULL when equal to the raw text.
        t.column("sourceNormalized", .text)
        t.column("targetNormalized", .text)
        // FNV-1a of (source language, normalized source): exact lookups.
        t.column("sourceKey", .integer).notNull().indexed()
        // FNV-1a of (languages, normalized source, normalized target): deduplication
        // (a unique index, not a constraint, so that a bulk import can drop and rebuild it).
        t.column("pairKey", .integer).notNull()
        // FNV-1a of (source language, normalized previous source), for context matches.
        t.column("contextKey", .integer)
        // Words, numbers and tags in the source: the fuzzy length window.
        t.column("tokenCount", .integer).notNull()
        t.column("documentId", .integer).references("document")
        t.column("tuid", .text)
        t.column("created", .integer).notNull()  // Unix seconds
        t.column("changed", .integer).notNull()
        t.column("confidence", .double)
      }
      try db.create(index: "unit_on_pairKey", on: "unit", columns: ["pairKey"], unique: true)
      // The word index: for each (side, language, lowercased word), the ids of
      // the units that contain it, delta-varint encoded, in chunks that an
      // import appends (`chunk` = first unit id of the chunk's import batch).
      try db.create(table: "posting", options: .withoutRowID) { t in
        t.column("side", .integer).notNull()  // 0 source, 1 target
        t.column("lang", .text).notNull()  // primary subtag, e.g. "de"
        t.column("term", .text).notNull()
        t.column("chunk", .integer).notNull()
        t.column("count", .integer).notNull()
        t.column("ids", .blob).notNull()
        t.primaryKey(["side", "lang", "term", "chunk"])
      }
    }
    migrator.registerMigration("v2: unit details, scoring text, document headers, variant-aware pair keys") { db in
      // JSON of what TMX records beyond the columns (codes, notes, properties, attributes), NULL when none.
      try db.alter(table: "unit") { t in
        t.add(column: "details", .text)
        // The normalized source with inline codes as tag tokens, NULL without codes: what fuzzy scoring sees.
        t.add(column: "sourceScoring", .text)
      }
      // JSON of the notes, properties and extra attributes of the TMX header the document came with.
      try db.alter(table: "document") { t in t.add(column: "header", .text) }
      // Pair keys now hash the full language tags, so that en-GB and en-US units stay apart;
      // recompute those of units whose tags have subtags (for the others nothing changes).
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT id, sourceLang, targetLang, coalesce(sourceNormalized, source), coalesce(targetNormalized, target)
          FROM unit WHERE sourceLang LIKE '%-%' OR targetLang LIKE '%-%'
          """)
      for row in rows {
        let key = SegmentText.key(
          LanguageTag.normalized(try row.decode(atIndex: 1)), LanguageTag.normalized(try row.decode(atIndex: 2)),
          try row.decode(String.self, atIndex: 3), try row.decode(String.self, atIndex: 4))
        try db.execute(
          sql: "UPDATE OR IGNORE unit SET pairKey = ? WHERE id = ?", arguments: [key, try row.decode(Int64.self, atIndex: 0)])
      }
    }
    migrator.registerMigration("v3: unit lengths for the lookup's bounds, language pairs") { db in
      // The token count of each unit, by id: 2-byte little-endian counts of ids
      // chunk·4096 … chunk·4096+4095, so that a lookup knows a candidate's length before fetching it.
      try db.create(table: "unit_length") { t in
        t.primaryKey("chunk", .integer)
        t.column("lengths", .blob).notNull()
      }
      var chunk: Int64 = -1
      var bytes: [UInt8] = []
      func write() throws {
        guard chunk >= 0 else { return }
        try db.execute(sql: "INSERT INTO unit_length (chunk, lengths) VALUES (?, ?)", arguments: [chunk, Data(bytes)])
      }
      let rows = try Row.fetchCursor(db, sql: "SELECT id, tokenCount FROM unit ORDER BY id")
      while let row = try rows.next() {
        let id: Int64 = try row.decode(atIndex: 0)
        let count: Int = try row.decode(atIndex: 1)
        if id >> 12 != chunk {
          try write()
          chunk = id >> 12
          bytes = [UInt8](repeating: 0, count: 8192)
        }
        let k = Int(id & 4095) * 2
        let clamped = UInt16(min(count, Int(UInt16.max)))
        bytes[k] = UInt8(clamped & 0xFF)
        bytes[k + 1] = UInt8(clamped >> 8)
      }
      try write()
      // The language pairs and their unit counts: found without scanning the index.
      try db.create(table: "language_pair") { t in
        t.column("sourceLang", .text).notNull()
        t.column("targetLang", .text).notNull()
        t.column("units", .integer).notNull()
        t.primaryKey(["sourceLang", "targetLang"])
      }
      try db.execute(
        sql: "INSERT INTO language_pair SELECT sourceLang, targetLang, count(*) FROM unit GROUP BY sourceLang, targetLang")
    }
    return migrator
  }
}
