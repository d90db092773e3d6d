/// The last step of an alignment: calibrated confidences, a reason on each
/// doubtful link, the repeat rule, and doubt on every link of an input that
/// does not look like a text and its translation.
struct LinkReview {
  let model: ConfidenceModel
  let source: SideFeatures
  let target: SideFeatures
  let warnings: [AlignmentWarning]

  /// The highest confidence a link may keep when the input as a whole looks
  /// wrong (`AlignmentWarning.fewLexicalMatches`, or a link without
  /// counterpart under `lengthMismatch`): its local evidence is then no
  /// evidence that the texts are translations.
  static let badInputCeiling = 0.25

  /// Past this Gale–Church cost (a deviation with P < 6·10⁻⁶) a link is
  /// doubtful whatever its posterior: on the German–English books such links
  /// were right a third of the time (the model, fitted where such links are
  /// rare, misses it), and a unit with far more on one side than the other
  /// is a poor memory entry even when the pairing is right.
  static let implausibleLengthCost = 12.0
  /// The share of those links that were right, which their confidence may not exceed.
  static let implausibleLengthConfidence = 0.34

  /// `evidence[k]` is nil for an anchor (`Aligner.align(…, anchors:)`),
  /// which keeps confidence 1 and no reason.
  func links(path: BeadSearch.Path, evidence: [LinkEvidence?]) -> [AlignmentLink] {
    var links = path.links
    let unrelated = warnings.contains { if case .fewLexicalMatches = $0 { true } else { false } }
    let mismatched = warnings.contains { if case .lengthMismatch = $0 { true } else { false } }
    for k in links.indices {
      guard let evidence = evidence[k] else { continue }
      let isGap = links[k].source.isEmpty || links[k].target.isEmpty
      links[k].evidence = evidence
      links[k].confidence = model.confidence(
        evidence, sourceCount: links[k].source.count, targetCount: links[k].target.count)
      if unrelated {
        links[k].confidence = min(links[k].confidence, Self.badInputCeiling)
        links[k].reason = .lexical
      } else if mismatched, isGap {
        links[k].confidence = min(links[k].confidence, Self.badInputCeiling)
        links[k].reason = .length
      } else if evidence.lengthCost > Self.implausibleLengthCost {
        links[k].confidence = min(links[k].confidence, Self.implausibleLengthConfidence)
        links[k].reason = .length
      } else if links[k].isLowConfidence {
        links[k].reason = model.reason(evidence, isGap: isGap)
      }
    }
    applyRepeatRule(&links, anchors: Set(evidence.indices.filter { evidence[$0] == nil }))
    return links
  }

  /// A sentence without counterpart whose text is repeated verbatim on its
  /// side, while a copy is paired by another link, is the extra copy of a
  /// passage that the other side translates once: it repeats that link, with
  /// its confidence and reason (the choice of copy is no reason for doubt).
  /// The same holds whichever side repeats the passage.
  /// Anchors keep their own confidence.
  func applyRepeatRule(_ links: inout [AlignmentLink], anchors: Set<Int> = []) {
    var sourceOwner: [Int32: Int] = [:], targetOwner: [Int32: Int] = [:]
    for (k, link) in links.enumerated() where !link.source.isEmpty && !link.target.isEmpty {
      for i in link.source where source.firstCopy[i] >= 0 && sourceOwner[source.firstCopy[i]] == nil {
        sourceOwner[source.firstCopy[i]] = k
      }
      for j in link.target where target.firstCopy[j] >= 0 && targetOwner[target.firstCopy[j]] == nil {
        targetOwner[target.firstCopy[j]] = k
      }
    }
    for k in links.indices where !anchors.contains(k) {
      let link = links[k]
      let owner: Int?
      if link.target.isEmpty, let i = link.source.first, source.firstCopy[i] >= 0 {
        owner = sourceOwner[source.firstCopy[i]]
      } else if link.source.isEmpty, let j = link.target.first, target.firstCopy[j] >= 0 {
        owner = targetOwner[target.firstCopy[j]]
      } else {
        owner = nil
      }
      guard let owner else { continue }
      links[k].repeatOf = owner
      links[k].confidence = links[owner].confidence
      links[k].reason = links[owner].reason
    }
  }
}
