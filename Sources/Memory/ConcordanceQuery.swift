/// Whole words to find in the sources or targets of the memory.
public struct ConcordanceQuery: Sendable, Hashable {
  /// One or more words; several must appear next to each other, in order.
  public var text: String
  /// Also find inflected forms: words with the same Snowball stem.
  public var stem: Bool
  /// Restrict to units of these languages (primary subtags compared).
  public var sourceLanguage: String?
  public var targetLanguage: String?
  public var limit: Int

  public init(
    _ text: String, stem: Bool = false, sourceLanguage: String? = nil, targetLanguage: String? = nil,
    limit: Int = 20
  ) {
    self.text = text
    self.stem = stem
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.limit = limit
  }
}
