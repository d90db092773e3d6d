/// What an import did, so far or in total.
public struct ImportSummary: Sendable, Hashable {
  /// Units read from the input.
  public var read = 0
  /// Units stored as new.
  public var added = 0
  /// Units that were already in the memory (same languages, source and
  /// target): their dates were updated instead.
  public var merged = 0
  /// Units not stored because their source or target is empty or only white space
  /// (an aligner's 1-0 link): a memory has nothing to offer for them.
  public var skippedUntranslated = 0

  public init(read: Int = 0, added: Int = 0, merged: Int = 0) {
    self.read = read
    self.added = added
    self.merged = merged
  }
}
