/// One link of a sentence alignment: a run of source sentences paired with a
/// run of target sentences (either run may be empty, never both).
public struct AlignmentLink: Sendable, Hashable {
  /// 0-based indices of the source sentences.
  public var source: Range<Int>
  /// 0-based indices of the target sentences.
  public var target: Range<Int>
  /// Estimated probability in [0, 1] that the link is right.
  public var confidence: Double

  public init(source: Range<Int>, target: Range<Int>, confidence: Double) {
    self.source = source
    self.target = target
    self.confidence = confidence
  }

  /// The link type, such as "1-1", "2-1" or "0-1".
  public var kind: String { "\(source.count)-\(target.count)" }

  /// Links below this confidence are flagged as low in every output format.
  public static let lowConfidenceThreshold = 0.5

  /// Whether the link should be checked by a person.
  public var isLowConfidence: Bool { confidence < Self.lowConfidenceThreshold }
}
