/// Counts that `tandem tm stats` shows.
public struct MemoryStatistics: Sendable, Hashable {
  public struct LanguagePair: Sendable, Hashable {
    public var source: String
    public var target: String
    public var units: Int
  }

  public var units: Int
  public var pairs: [LanguagePair]
  public var documents: Int
  /// Distinct indexed words, all sides and languages.
  public var indexedTerms: Int
  /// Bytes of the database file and its write-ahead log.
  public var bytesOnDisk: Int64
}
