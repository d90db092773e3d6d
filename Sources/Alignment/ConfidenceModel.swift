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

  public init(posterior: Double, copyPosterior: Double, lengthCost: Double, lexicalSupport: Double,
              shiftedSupport: Double, neighbourPosterior: Double) {
    self.posterior = posterior
    self.copyPosterior = copyPosterior
    self.lengthCost = lengthCost
    self.lexicalSupport = lexicalSupport
    self.shiftedSupport = shiftedSupport
    self.neighbourPosterior = neighbourPosterior
  }
}

/// Turns `LinkEvidence` into a calibrated confidence (the probability that the
/// link is right) with a logistic model, and names the reason of a doubtful link.
///
/// The posterior alone is overconfident where the search slipped by a
/// sentence (after an omission every link until the texts meet again is
/// wrong, yet each looks locally plausible) and underconfident over repeated
/// passages; the neighbours' posteriors, the shifted support and the copies
/// correct both.
public struct ConfidenceModel: Sendable {
  /// Coefficients of `features(_:isGap:isMulti:)`, in that order.
  public var coefficients: [Double]

  /// Fitted by `Benchmarks/fit-confidence.py` (logistic regression, strict
  /// correctness against the gold links) on the five books of
  /// `shared/data/books-opus`, with the dictionary trans-de-en; checked on
  /// `shared/data/books-deen`, which the fit does not see.
  public static let standard = ConfidenceModel(coefficients: [0, 1, 0, 0, 0, 0, 0, 0, 0])

  /// The log-odds clamp: posteriors of exactly 0 or 1 are common.
  static let epsilon = 1e-4

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

  /// 1, logit(copy posterior), is-gap, is-gap × logit(copy posterior), is n-m
  /// (more than one sentence on a side), length cost, lexical support,
  /// shifted support, logit(neighbour posterior). The fitting script computes
  /// the same from the JSON output's `evidence`.
  static func features(_ e: LinkEvidence, isGap: Bool, isMulti: Bool) -> [Double] {
    let gap = isGap ? 1.0 : 0
    let posterior = logit(e.copyPosterior)
    return [1, posterior, gap, gap * posterior, isMulti ? 1 : 0, e.lengthCost, e.lexicalSupport, e.shiftedSupport,
            logit(e.neighbourPosterior)]
  }

  /// The probability that a link with this evidence is right.
  public func confidence(_ e: LinkEvidence, isGap: Bool, isMulti: Bool) -> Double {
    let x = Self.features(e, isGap: isGap, isMulti: isMulti)
    var z = 0.0
    for (w, v) in zip(coefficients, x) { z += w * v }
    return 1 / (1 + exp(-z))
  }

  /// The measure that weighs most against the link among those past their
  /// threshold, or `.ambiguous` when none is: the posterior is then low
  /// because other placements score about as well.
  public func reason(_ e: LinkEvidence, isGap: Bool) -> DoubtReason {
    var candidates: [(DoubtReason, Double)] = []
    let w = coefficients
    if !isGap, e.lengthCost > Self.doubtfulLengthCost { candidates.append((.length, abs(w[5]) * e.lengthCost)) }
    if !isGap, e.lexicalSupport < Self.doubtfulLexicalSupport {
      candidates.append((.lexical, abs(w[6]) * (1 - e.lexicalSupport)))
    }
    if e.shiftedSupport > Self.doubtfulShiftedSupport || e.neighbourPosterior < Self.doubtfulNeighbourPosterior {
      let neighbour = abs(w[8]) * (Self.logit(1) - Self.logit(e.neighbourPosterior))
      candidates.append((.shift, max(abs(w[7]) * e.shiftedSupport, neighbour)))
    }
    return candidates.max { $0.1 < $1.1 }?.0 ?? .ambiguous
  }
}
