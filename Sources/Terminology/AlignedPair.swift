/// One link of an aligned bitext, as the glossary builder and the checker
/// see it: the source and target text of the link and how sure the aligner
/// was. A link with an empty side (a 1-0 or 0-1 bead) has an empty string.
public struct AlignedPair: Sendable, Hashable {
  public var source: String
  public var target: String
  /// The aligner's confidence in the link, 0...1 (1 when unknown).
  public var confidence: Double

  public init(source: String, target: String, confidence: Double = 1) {
    self.source = source
    self.target = target
    self.confidence = confidence
  }
}
