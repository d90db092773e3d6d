import Testing
@testable import Alignment

/// The second pass moves the shape priors toward the shape mix of the first
/// pass (`ScoringParameters.learningShapes(from:)`).
@Suite struct ShapePriorTests {
  /// `count` links of shape (a, c), laid end to end from (i, j); returns the next start.
  private func links(_ a: Int, _ c: Int, count: Int, from start: (Int, Int)) -> ([AlignmentLink], (Int, Int)) {
    var (i, j) = start
    var result: [AlignmentLink] = []
    for _ in 0..<count {
      result.append(AlignmentLink(source: i..<i + a, target: j..<j + c, confidence: 1))
      i += a
      j += c
    }
    return (result, (i, j))
  }

  private func prior(_ parameters: ScoringParameters, _ a: Int, _ c: Int) throws -> Double {
    parameters.priors[try #require(BeadScorer.shapes.firstIndex { $0 == (a, c) })]
  }

  /// Text+Berg-like: one bead in five is 2-2.
  private func mergingText() -> [AlignmentLink] {
    let (ones, next) = links(1, 1, count: 400, from: (0, 0))
    return ones + links(2, 2, count: 100, from: next).0
  }

  @Test func aTextThatMergesOftenMakesMergingCheaper() throws {
    let defaults = ScoringParameters()
    let learned = defaults.learningShapes(from: mergingText())
    #expect(try prior(learned, 2, 2) < prior(defaults, 2, 2) - 1)
    // Shapes the text never used become dearer, and the gap priors stay.
    #expect(try prior(learned, 2, 1) > prior(defaults, 2, 1))
    #expect(try prior(learned, 1, 0) == prior(defaults, 1, 0))
    #expect(try prior(learned, 0, 1) == prior(defaults, 0, 1))
    #expect(try prior(learned, 1, 1) == prior(defaults, 1, 1))
  }

  @Test func mirroredLinksGiveMirroredPriors() throws {
    let (ones, next) = links(1, 1, count: 300, from: (0, 0))
    let (twoOne, after) = links(2, 1, count: 40, from: next)
    let forward = ones + twoOne + links(1, 3, count: 7, from: after).0
    let backward = forward.map { AlignmentLink(source: $0.target, target: $0.source, confidence: 1) }
    let there = ScoringParameters().learningShapes(from: forward)
    let back = ScoringParameters().learningShapes(from: backward)
    for (a, c) in BeadScorer.shapes {
      #expect(try abs(prior(there, a, c) - prior(back, c, a)) < 1e-12, "\(a)-\(c)")
    }
  }

  /// A text translated at the default mix keeps the default priors; a short
  /// text moves them less than a long one with the same mix.
  @Test func theDefaultMixKeepsTheDefaultsAndAShortTextMovesLess() throws {
    let defaults = ScoringParameters()
    let (ones, next) = links(1, 1, count: 1000, from: (0, 0))
    // 2-1 and 1-2 at their default rate, e^−2.3 ≈ one per ten 1-1 beads.
    let (twoOne, after) = links(2, 1, count: 100, from: next)
    let mix = defaults.learningShapes(from: ones + twoOne + links(1, 2, count: 100, from: after).0)
    #expect(try abs(prior(mix, 2, 1) - prior(defaults, 2, 1)) < 0.01)
    #expect(try abs(prior(mix, 1, 2) - prior(defaults, 1, 2)) < 0.01)

    // The same mix of 1-1 and 2-2 beads, in a short text and a long one.
    let (few, rest) = links(1, 1, count: 5, from: (0, 0))
    let short = defaults.learningShapes(from: few + links(2, 2, count: 2, from: rest).0)
    let (many, end) = links(1, 1, count: 500, from: (0, 0))
    let long = defaults.learningShapes(from: many + links(2, 2, count: 200, from: end).0)
    let shortMove = try prior(defaults, 2, 2) - prior(short, 2, 2)
    let longMove = try prior(defaults, 2, 2) - prior(long, 2, 2)
    #expect(shortMove > 0)
    #expect(shortMove < longMove / 2, "short text moved \(shortMove), long \(longMove)")
  }
}
