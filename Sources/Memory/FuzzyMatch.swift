/// A unit found for a ``LookupQuery``.
public struct FuzzyMatch: Sendable, Hashable {
  public var stored: StoredUnit
  /// 101 context match, 100 identical source, 0–99 fuzzy (see ``FuzzyScorer``).
  public var score: Int
  /// How the stored source differs from the query, in reading order.
  public var differences: [WordDifference]

  public init(stored: StoredUnit, score: Int, differences: [WordDifference]) {
    self.stored = stored
    self.score = score
    self.differences = differences
  }
}
