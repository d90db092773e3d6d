/// The tables of a team memory in PostgreSQL, and their migrations.
///
/// The tables are those of the SQLite memory (see `DatabaseMigrator.translationMemory`)
/// at its latest version, with the same columns, keys and `bytea` encodings, so that the
/// same import and lookup code reads and writes both. `tandem_migration` records which
/// versions are applied; they run in one transaction under an advisory lock, so two
/// processes that open a new database at once do not both create it.
///
/// - Warning: Migrations are frozen once shipped: never edit one, append a new one.
enum PostgresSchema {
  /// The advisory lock migrations take ("tandem" and 1).
  static let migrationLock: Int64 = 0x7461_6E64_656D_0001

  static let migrations: [(name: String, sql: String)] = [
    (
      "v1: units, documents, the word index, unit lengths, language pairs",
      """
      CREATE TABLE document (
        id bigserial PRIMARY KEY,
        name text NOT NULL UNIQUE,
        header text
      );
      CREATE TABLE unit (
        id bigint PRIMARY KEY,
        sourceLang text NOT NULL,
        targetLang text NOT NULL,
        source text NOT NULL,
        target text NOT NULL,
        sourceNormalized text,
        targetNormalized text,
        sourceKey bigint NOT NULL,
        pairKey bigint NOT NULL,
        contextKey bigint,
        tokenCount integer NOT NULL,
        documentId bigint REFERENCES document (id),
        tuid text,
        created bigint NOT NULL,
        changed bigint NOT NULL,
        confidence double precision,
        details text,
        sourceScoring text
      );
      CREATE INDEX unit_on_sourcekey ON unit (sourceKey);
      CREATE UNIQUE INDEX unit_on_pairkey ON unit (pairKey);
      -- Terms compare byte by byte (COLLATE "C"), as in SQLite: the concordance's prefix ranges rely on it.
      CREATE TABLE posting (
        side smallint NOT NULL,
        lang text COLLATE "C" NOT NULL,
        term text COLLATE "C" NOT NULL,
        chunk bigint NOT NULL,
        count integer NOT NULL,
        ids bytea NOT NULL,
        PRIMARY KEY (side, lang, term, chunk)
      );
      -- Delta-varint ids do not compress: store them as they are, read them without inflating.
      ALTER TABLE posting ALTER COLUMN ids SET STORAGE EXTERNAL;
      CREATE TABLE unit_length (
        chunk bigint PRIMARY KEY,
        lengths bytea NOT NULL
      );
      CREATE TABLE language_pair (
        sourceLang text NOT NULL,
        targetLang text NOT NULL,
        units bigint NOT NULL,
        PRIMARY KEY (sourceLang, targetLang)
      );
      """
    )
  ]

  static var latest: Int { migrations.count }

  /// The applied version, nil when the database holds no Tandem memory yet.
  static func version(_ connection: PostgresConnection) throws -> Int? {
    let exists = try connection.query("SELECT to_regclass('tandem_migration') IS NOT NULL").int(0, 0)
    guard exists == 1 else { return nil }
    return Int(try connection.query("SELECT coalesce(max(version), 0) FROM tandem_migration").int(0, 0) ?? 0)
  }

  /// Applies the migrations the database lacks; returns how many.
  @discardableResult
  static func migrate(_ connection: PostgresConnection) throws -> Int {
    try connection.transaction {
      try connection.query("SELECT pg_advisory_xact_lock($1)", [.int(migrationLock)])
      try connection.execute(
        """
        CREATE TABLE IF NOT EXISTS tandem_migration (
          version integer PRIMARY KEY,
          name text NOT NULL,
          applied timestamptz NOT NULL DEFAULT now()
        )
        """)
      let applied = try version(connection) ?? 0
      for (index, migration) in migrations.enumerated() where index + 1 > applied {
        try connection.execute(migration.sql)
        try connection.query(
          "INSERT INTO tandem_migration (version, name) VALUES ($1, $2)", [.int(Int64(index + 1)), .text(migration.name)])
      }
      return max(0, latest - applied)
    }
  }
}
