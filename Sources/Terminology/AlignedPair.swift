/// One link of an aligned bitext, as the glossary builder and the checker
/// see it: the source and target text of the link, how sure the aligner
/// was, and where the text came from. A link with an empty side (a 1-0 or
/// 0-1 bead) has an empty string.
public struct AlignedPair: Sendable, Hashable {
  public var source: String
  public var target: String
  /// The aligner's confidence in the link, 0...1 (1 when unknown).
  public var confidence: Double
  /// 1-based first and last line of the source text in its input file; nil when empty or unknown.
  public var sourceLines: ClosedRange<Int>?
  /// 1-based first and last line of the target text in its input file; nil when empty or unknown.
  public var targetLines: ClosedRange<Int>?

  public init(
    source: String, target: String, confidence: Double = 1,
    sourceLines: ClosedRange<Int>? = nil, targetLines: ClosedRange<Int>? = nil
  ) {
    self.source = source
    self.target = target
    self.confidence = confidence
    self.sourceLines = sourceLines
    self.targetLines = targetLines
  }
}
