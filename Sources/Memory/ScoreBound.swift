/// What the index can tell about a unit's fuzzy score before the unit is fetched: an upper
/// bound from the query words it lacks and its length. Pure arithmetic, the same for any store.
///
/// ``FuzzyScorer`` scores `100 · (1 − d / max(n, m))` minus penalties, rounded, where `n`, `m`
/// count words and numbers. An edit script with `k` matched tokens has `d ≥ max(n, m) − k`; a
/// unit that lacks query word tokens of total multiplicity `M` matches at most
/// `k ≤ min(n − M, m)` of them (a number matches any number, so a unit with a number is assumed to match all of the query's). So its score
/// is at most `100 · min(n − M, m) / max(n, m)`, and it can reach `minScore` only if that bound
/// is at least `minScore − 0.5` (the score is rounded).
struct ScoreBound {
  /// `n`: the query's words and numbers.
  let queryLength: Int
  /// The least unrounded score that rounds to `minScore`.
  let threshold: Double

  init(queryLength: Int, minScore: Int) {
    self.queryLength = queryLength
    threshold = Double(minScore) - 0.5
  }

  /// The best score a unit of `length` tokens (nil: unknown) lacking `missing` query tokens can have.
  func upperBound(missing: Int, length: Int?) -> Double {
    let n = queryLength
    let matchable = max(0, n - missing)
    guard let m = length else {
      // Unknown length: highest at m = n − M.
      return n > 0 ? 100 * Double(matchable) / Double(n) : 100
    }
    let longest = max(n, m)
    guard longest > 0 else { return 100 }
    return 100 * Double(min(matchable, m)) / Double(longest)
  }

  /// The most query tokens a unit may lack and still reach the threshold (at its best length).
  var maxMissing: Int {
    var missing = 0
    while missing < queryLength, upperBound(missing: missing + 1, length: nil) >= threshold { missing += 1 }
    return missing
  }

  /// Whether a unit bounded by `bound` can still enter a top list whose last entry scored `worst`
  /// (an equal score may still win on the tie-breaks).
  static func canBeat(_ bound: Double, worst: Int) -> Bool {
    bound >= Double(worst) - 0.5
  }
}
