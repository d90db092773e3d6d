import Foundation

/// What the search and the scorer say about one link, before calibration.
public struct LinkEvidence: Sendable, Hashable {
  /// Posterior of the link's bead (forward–backward over the band).
  public var posterior: Double
  /// Posterior that the link's texts are paired, counting the beads over
  /// verbatim copies of its sentences (`BeadSearch.Path`): two copies of a
  /// passage split the posterior between them without any doubt about the
  /// translation.
  public var copyPosterior: Double
  /// Gale–Church cost of the lengths, −log P(a deviation this large); 0 for a
  /// link with an empty side.
  public var lengthCost: Double
  /// Weighted share of the link's word types that find a counterpart on the
  /// other side, in [0, 1]; 0 for a link with an empty side.
  public var lexicalSupport: Double
  /// How much better the sentences match a neighbouring placement (one
  /// sentence earlier or later on one side) than their own, in [0, 1]; for a
  /// link with an empty side, how well its sentence matches the sentences
  /// next to where it sits on the other side.
  public var shiftedSupport: Double
  /// The lower `copyPosterior` of the links before and after (1 at the ends).
  public var neighbourPosterior: Double
  /// How many links away the nearest link other than 1-1 is: 1 or 2, or 0
  /// when there is none that close. Slips gather around such links.
  public var irregularDistance: Int
  /// Whether the first pass (before the learned lexicon) chose this same link.
  /// Where the two passes disagree, one of them is wrong.
  public var agreesWithFirstPass: Bool

  public init(posterior: Double, copyPosterior: Double, lengthCost: Double, lexicalSupport: Double,
              shiftedSupport: Double, neighbourPosterior: Double, irregularDistance: Int = 0,
              agreesWithFirstPass: Bool = true) {
    self.posterior = posterior
    self.copyPosterior = copyPosterior
    self.lengthCost = lengthCost
    self.lexicalSupport = lexicalSupport
    self.shiftedSupport = shiftedSupport
    self.neighbourPosterior = neighbourPosterior
    self.irregularDistance = irregularDistance
    self.agreesWithFirstPass = agreesWithFirstPass
  }
}

/// Turns `LinkEvidence` into a calibrated confidence (the probability that the
/// link is right) with a logistic model, and names the reason of a doubtful link.
///
/// The posterior alone is overconfident: on the German–English books, links
/// at ≥ 0.99 were 96% right, 1-3 links almost never, 1-0 links one time in
/// twenty, and wrong links gather next to links other than 1-1 and where the
/// neighbours are in doubt. Over repeated passages it is underconfident; the
/// copy posterior corrects that.
public struct ConfidenceModel: Sendable {
  /// Coefficients of `features(_:sourceCount:targetCount:)`, in that order.
  public var coefficients: [Double]

  /// Fitted by `Benchmarks/fit-confidence.py` (logistic regression of strict
  /// agreement with the gold links) on the five books of
  /// `shared/data/books-opus`, aligned with trans-de-en; checked by
  /// `Benchmarks/bench-confidence.sh` on `shared/data/books-deen` too, which
  /// the fit does not see.
  public static let standard = ConfidenceModel(coefficients: [1.1553, -0.2935, -0.5367, -0.4559, -2.7885, -1.2468, -0.8076, -0.3836, 0.4792, -0.2141, 0.0793, 0.0238, -0.1093, -0.8861, -0.4272, -0.4630])

  /// Link shapes other than 1-1 with a coefficient of their own, in `features` order.
  /// The rarer five-sentence shapes (3-2, 2-3, 4-1, 1-4) share the coefficient of
  /// 3-1, or of 1-3 when the target side has more sentences.
  static let shapes: [(Int, Int)] = [(1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (1, 0), (0, 1)]

  /// The log-odds clamp. Posteriors of exactly 0 or 1 are common, and above
  /// 0.99 more certainty of the search no longer meant more links right.
  static let epsilon = 0.01

  /// Thresholds past which a measure counts as a reason for doubt.
  static let doubtfulLengthCost = 3.0
  static let doubtfulLexicalSupport = 0.15
  static let doubtfulShiftedSupport = 0.05
  static let doubtfulNeighbourPosterior = 0.5

  public init(coefficients: [Double]) { self.coefficients = coefficients }

  static func logit(_ p: Double) -> Double {
    let q = min(max(p, epsilon), 1 - epsilon)
    return log(q / (1 - q))
  }

  /// 1; one indicator per shape of `shapes`; logit(copy posterior) of a link
  /// with both sides, and of a link with an empty side; logit(neighbour
  /// posterior); length cost; shifted support; whether a link other than 1-1
  /// is next to this one, or two links away; whether the first pass chose
  /// another link. The fitting script computes the same from the JSON
  /// output's `evidence`. Lexical support is left out: the
  /// posterior holds it already, and on the books it added nothing (links
  /// were 88–93% right at every level of it); it still names the reason.
  static func features(_ e: LinkEvidence, sourceCount: Int, targetCount: Int) -> [Double] {
    let gap = sourceCount == 0 || targetCount == 0
    let posterior = logit(e.copyPosterior)
    let known = shapes.contains { $0 == (sourceCount, targetCount) } || (sourceCount, targetCount) == (1, 1)
    let shape = known ? (sourceCount, targetCount) : targetCount > sourceCount ? (1, 3) : (3, 1)
    return [1] + shapes.map { $0 == shape ? 1 : 0 }
      + [gap ? 0 : posterior, gap ? posterior : 0, logit(e.neighbourPosterior), e.lengthCost, e.shiftedSupport,
         e.irregularDistance == 1 ? 1 : 0, e.irregularDistance == 2 ? 1 : 0, e.agreesWithFirstPass ? 0 : 1]
  }

  /// The probability that a link of this shape with this evidence is right.
  ///
  /// The model only ever lowers the copy posterior: it corrects the
  /// search's overconfidence, and it has no data to raise a low posterior
  /// (on the books no 1-1 link below 0.6 had sure neighbours, so a link that
  /// fits badly between two good ones would otherwise be trusted).
  public func confidence(_ e: LinkEvidence, sourceCount: Int, targetCount: Int) -> Double {
    let x = Self.features(e, sourceCount: sourceCount, targetCount: targetCount)
    var z = 0.0
    for (w, v) in zip(coefficients, x) { z += w * v }
    return min(1 / (1 + exp(-z)), e.copyPosterior)
  }

  /// The first that applies: `shift` when the sentences match a neighbouring
  /// placement better than their own (which explains poor lengths or words
  /// too); `length`; `lexical`; `shift` when the search is sure of the link
  /// but its neighbours are in doubt or it sits next to a link other than
  /// 1-1; otherwise `ambiguous`: other placements score about as well, such
  /// as pairing a sentence left without counterpart with a sentence next to it.
  public func reason(_ e: LinkEvidence, isGap: Bool) -> DoubtReason {
    if !isGap, e.shiftedSupport > Self.doubtfulShiftedSupport { return .shift }
    if !isGap, e.lengthCost > Self.doubtfulLengthCost { return .length }
    if !isGap, e.lexicalSupport < Self.doubtfulLexicalSupport { return .lexical }
    let sure = e.copyPosterior >= 0.5
    if sure, e.neighbourPosterior < Self.doubtfulNeighbourPosterior || e.irregularDistance == 1 { return .shift }
    return .ambiguous
  }
}
