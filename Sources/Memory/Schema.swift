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
    return migrator
  }
}
