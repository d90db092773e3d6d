/// A recurring expression of one language that may be a term.
public struct TermCandidate: Sendable, Hashable {
  /// The base form: German adjectives in their weak nominative form and
  /// genitive endings removed ("spezielle Militäroperation", "UN-Sicherheitsrat").
  public var form: String
  /// The grouping key: stems folded to ASCII, concatenated without spaces,
  /// so inflections, hyphenation and spacing variants share it.
  public var key: String
  /// Words in `form`.
  public var wordCount: Int
  /// Surface forms seen in the text, most frequent first.
  public var variants: [String]
  /// Occurrences in the text.
  public var frequency: Int
  /// Indices of the segments it occurs in, ascending.
  public var segments: [Int]
  /// C-value: log₂(words + 1) × (frequency − mean frequency of the longer
  /// candidates it is nested in). Higher is more term-like.
  public var termhood: Double

  public init(
    form: String, key: String, wordCount: Int, variants: [String], frequency: Int,
    segments: [Int], termhood: Double
  ) {
    self.form = form
    self.key = key
    self.wordCount = wordCount
    self.variants = variants
    self.frequency = frequency
    self.segments = segments
    self.termhood = termhood
  }
}
