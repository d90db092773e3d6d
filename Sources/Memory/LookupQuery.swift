/// A segment to find fuzzy matches for.
public struct LookupQuery: Sendable, Hashable {
  public var text: String
  /// The segment before `text` in its document: a 100 % match whose stored
  /// context is this segment scores 101.
  public var previous: String?
  public var sourceLanguage: String
  public var targetLanguage: String
  /// Matches below this score (0–100) are not returned.
  public var minScore: Int
  public var limit: Int

  public init(
    _ text: String, previous: String? = nil, sourceLanguage: String, targetLanguage: String,
    minScore: Int = 70, limit: Int = 5
  ) {
    self.text = text
    self.previous = previous
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.minScore = minScore
    self.limit = limit
  }
}
