/// One place where a fuzzy match differs from the segment being translated.
public struct WordDifference: Sendable, Hashable, Codable {
  public enum Kind: String, Sendable, Hashable, Codable {
    /// A word of the query stands where the memory has another word.
    case replaced
    /// A word of the query has no counterpart in the memory.
    case missing
    /// The memory has a word the query lacks.
    case extra
    /// Same slot, different number ("12" for "14").
    case number
    /// Same slot, different inline tag.
    case tag
    /// Same word, different letter case.
    case letterCase = "case"
  }

  public var kind: Kind
  /// The token in the query, if the difference has one.
  public var query: String?
  /// The token in the stored source, if the difference has one.
  public var memory: String?

  public init(kind: Kind, query: String?, memory: String?) {
    self.kind = kind
    self.query = query
    self.memory = memory
  }
}
