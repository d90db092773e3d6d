/// How long a translation is expected to be, after Gale and Church: the
/// target length of a source of *s* characters is normal, with mean *c·s*
/// and variance *v·s*. *c* and *v* are fitted on the two-sided links of the
/// text at hand, robustly (a median), so that the errors being looked for do
/// not shift the model.
struct LengthModel: Sendable, Equatable {
  /// Target characters per source character.
  var ratio: Double
  /// Variance of the target length per source character.
  var variance: Double

  /// Gale and Church's published values, for texts with too few links to fit.
  static let standard = LengthModel(ratio: 1, variance: 6.8)

  init(ratio: Double, variance: Double) {
    self.ratio = ratio
    self.variance = variance
  }

  /// The model fitted on the links of `pairs` with text on both sides and
  /// at least `minimumConfidence`; ``standard`` with fewer than 20 such links.
  init(fitting pairs: [AlignedPair], minimumConfidence: Double = 0.5) {
    let lengths = pairs.filter { $0.confidence >= minimumConfidence }
      .map { (Double(Self.length($0.source)), Double(Self.length($0.target))) }
      .filter { $0.0 > 0 && $0.1 > 0 }
    guard lengths.count >= 20 else { self = .standard; return }
    let ratios = lengths.map { $0.1 / $0.0 }.sorted()
    let ratio = ratios[ratios.count / 2]
    let squares = lengths.map { s, t in (t - ratio * s) * (t - ratio * s) / s }.sorted()
    // The median of a squared standard normal variable is 0.4549.
    self.init(ratio: ratio, variance: max(1, squares[squares.count / 2] / 0.4549))
  }

  /// How many standard deviations the target length is above (positive) or
  /// below (negative) what the model expects for the source.
  func deviation(source: Int, target: Int) -> Double {
    let s = Double(max(source, 1))
    return (Double(target) - ratio * s) / (variance * s).squareRoot()
  }

  /// The length the model counts: Unicode scalars.
  static func length(_ text: String) -> Int { text.unicodeScalars.count }
}
