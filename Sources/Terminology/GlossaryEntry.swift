/// One bilingual glossary entry, extracted from a bitext or taken from a
/// curated glossary.
public struct GlossaryEntry: Sendable, Hashable {
  public enum Origin: String, Sendable, Hashable {
    /// Found by pairing term candidates across aligned links.
    case extracted
    /// From a curated glossary (`Glossaries/<src>-<tgt>/*.tsv`).
    case curated
  }

  /// The source term in its base form.
  public var source: String
  /// The target term.
  public var target: String
  /// Occurrences of the source term (all variants) in the source text.
  public var frequency: Int
  /// How sure the pairing is, 0...1 (1 for curated entries).
  public var confidence: Double
  /// Source surface forms seen in the text, most frequent first.
  public var sourceVariants: [String]
  /// Target surface forms seen in the linked targets, most frequent first.
  public var targetVariants: [String]
  /// A link in which both terms occur.
  public var example: AlignedPair?
  /// A note: the curated glossary's note, or how the pair was found.
  public var note: String
  public var origin: Origin
  /// The ranking score (confidence × termhood × frequency); entries are
  /// listed by it, highest first.
  public var score: Double

  public init(
    source: String, target: String, frequency: Int, confidence: Double,
    sourceVariants: [String] = [], targetVariants: [String] = [], example: AlignedPair? = nil,
    note: String = "", origin: Origin = .extracted, score: Double = 0
  ) {
    self.source = source
    self.target = target
    self.frequency = frequency
    self.confidence = confidence
    self.sourceVariants = sourceVariants
    self.targetVariants = targetVariants
    self.example = example
    self.note = note
    self.origin = origin
    self.score = score
  }
}
