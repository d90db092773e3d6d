import Exchange
import Foundation

/// The best `limit` matches seen so far, best first: by score, then the most recently
/// changed, then the lowest id. Independent of where the matches come from.
struct TopMatches {
  let limit: Int
  private(set) var matches: [FuzzyMatch] = []

  init(limit: Int) {
    self.limit = max(1, limit)
  }

  /// The score of the last of a full list; nil while any match may still enter.
  var worstScore: Int? {
    matches.count >= limit ? matches.last?.score : nil
  }

  mutating func insert(_ match: FuzzyMatch) {
    let index = matches.firstIndex { Self.precedes(match, $0) } ?? matches.endIndex
    guard index < limit else { return }
    matches.insert(match, at: index)
    if matches.count > limit { matches.removeLast() }
  }

  static func precedes(_ a: FuzzyMatch, _ b: FuzzyMatch) -> Bool {
    (a.score, a.stored.unit.changeDate ?? .distantPast, -a.stored.id)
      > (b.score, b.stored.unit.changeDate ?? .distantPast, -b.stored.id)
  }
}
