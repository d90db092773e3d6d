/// One link of a sentence alignment: a run of source sentences paired with a
/// run of target sentences (either run may be empty, never both).
public struct AlignmentLink: Sendable, Hashable {
  /// 0-based indices of the source sentences.
  public var source: Range<Int>
  /// 0-based indices of the target sentences.
  public var target: Range<Int>
  /// Estimated probability in [0, 1] that the link is right (see `ConfidenceModel`).
  public var confidence: Double
  /// What makes the link doubtful: set on links below `lowConfidenceThreshold`.
  public var reason: DoubtReason?
  /// For a link of a passage repeated verbatim on one side and translated once
  /// on the other: the index (in the alignment's links) of the link that pairs
  /// the other copy. That link carries the translation; this one repeats it.
  public var repeatOf: Int?
  /// The measurements behind `confidence` and `reason`; nil for links made
  /// without a search (one side empty).
  public var evidence: LinkEvidence?

  public init(source: Range<Int>, target: Range<Int>, confidence: Double, reason: DoubtReason? = nil,
              repeatOf: Int? = nil, evidence: LinkEvidence? = nil) {
    self.source = source
    self.target = target
    self.confidence = confidence
    self.reason = reason
    self.repeatOf = repeatOf
    self.evidence = evidence
  }

  /// The link type, such as "1-1", "2-1" or "0-1".
  public var kind: String { "\(source.count)-\(target.count)" }

  /// Links below this confidence are flagged as low in every output format.
  public static let lowConfidenceThreshold = 0.5

  /// Whether the link should be checked by a person.
  public var isLowConfidence: Bool { confidence < Self.lowConfidenceThreshold }
}

/// Why a link is doubtful; the raw value is what the outputs write.
public enum DoubtReason: String, Sendable, Hashable, CaseIterable {
  /// The lengths of the two sides are far from what the length model expects.
  case length
  /// Few of the words, numbers or names find a counterpart on the other side.
  case lexical
  /// The link's neighbours are in doubt, or its sentences match a neighbour's
  /// counterpart better than their own: the alignment slipped by a sentence,
  /// as after an omission.
  case shift
  /// Other placements of these sentences score almost as well.
  case ambiguous
}
