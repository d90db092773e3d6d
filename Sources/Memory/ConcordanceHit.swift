/// One occurrence found by a concordance search, with its context.
public struct ConcordanceHit: Sendable, Hashable {
  public enum Side: String, Sendable, Hashable, Codable {
    case source, target
  }

  public var stored: StoredUnit
  public var side: Side
  /// Text of that side before the match.
  public var before: String
  /// The matched words as they are written in the unit.
  public var match: String
  /// Text of that side after the match.
  public var after: String

  public init(stored: StoredUnit, side: Side, before: String, match: String, after: String) {
    self.stored = stored
    self.side = side
    self.before = before
    self.match = match
    self.after = after
  }
}
